package vn.dangvu.model.residence;

import java.time.LocalDate;
import java.util.Map;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.PersonName;

/**
 * A member working elsewhere who registered with a branch of the commune where they live
 * (Quy định 213-QĐ/TW, DOMAIN.md §13). They belong to another organisation, so they are text here.
 *
 * @param comments the residence branch's yearly comments, year → text
 */
public record ResidenceRegistration(Long id, String fullName, Integer birthYear, String homeAddress, String workplace,
                                    String homeOrganisation, long branchId, LocalDate registeredOn, LocalDate endedOn,
                                    String note, Map<Integer, String> comments) {

    public ResidenceRegistration {
        fullName = PersonName.clean(fullName);
        if (fullName.isEmpty()) {
            throw new IllegalArgumentException("Chưa nhập họ và tên đảng viên.");
        }
        if (registeredOn == null) {
            throw new IllegalArgumentException("Chưa nhập ngày đăng ký sinh hoạt nơi cư trú.");
        }
        if (endedOn != null && endedOn.isBefore(registeredOn)) {
            throw new IllegalArgumentException("Ngày thôi đăng ký " + DateFormats.format(endedOn)
                    + " trước ngày đăng ký " + DateFormats.format(registeredOn) + ".");
        }
        if (birthYear != null && (birthYear < 1900 || birthYear > registeredOn.getYear() - 18)) {
            throw new IllegalArgumentException("Năm sinh " + birthYear + " không hợp lý.");
        }
        homeAddress = blankToNull(homeAddress);
        workplace = blankToNull(workplace);
        homeOrganisation = blankToNull(homeOrganisation);
        note = blankToNull(note);
        comments = Map.copyOf(comments);
    }

    /** Registered at some time during the year. */
    public boolean activeIn(int year) {
        return registeredOn.getYear() <= year && (endedOn == null || endedOn.getYear() >= year);
    }

    public String commentFor(int year) {
        return comments.getOrDefault(year, "");
    }

    private static String blankToNull(String text) {
        String cleaned = PersonName.clean(text);
        return cleaned.isEmpty() ? null : cleaned;
    }
}
