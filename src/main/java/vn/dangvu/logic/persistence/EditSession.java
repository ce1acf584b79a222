package vn.dangvu.logic.persistence;

import java.util.UUID;

/** One run of the app by one person: whose changes Ctrl+Z may revert. */
public record EditSession(String id, String user) {

    public static EditSession start(String user) {
        return new EditSession(UUID.randomUUID().toString(), user == null || user.isBlank() ? "?" : user);
    }

    /** The operating system's user, as the app records who did what. */
    public static EditSession ofSystemUser() {
        return start(System.getProperty("user.name", ""));
    }
}
