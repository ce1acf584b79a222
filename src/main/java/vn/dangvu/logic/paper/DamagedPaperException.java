package vn.dangvu.logic.paper;

/** A stored paper whose bytes are not what was stored (a bad disk, a file cut short or swapped). */
public final class DamagedPaperException extends RuntimeException {

    private final String storedName;

    public DamagedPaperException(String storedName) {
        super("Tệp giấy tờ " + storedName + " bị hỏng hoặc đã bị thay đổi; hãy lấy lại từ bản sao lưu.");
        this.storedName = storedName;
    }

    public String storedName() {
        return storedName;
    }
}
