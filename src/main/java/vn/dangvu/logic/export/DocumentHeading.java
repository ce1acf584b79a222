package vn.dangvu.logic.export;

import java.time.LocalDate;
import java.util.Locale;
import vn.dangvu.model.Committee;
import vn.dangvu.model.VietnameseText;

/**
 * The fixed texts of an official party document (DOMAIN.md §15): the issuing body block at the
 * top left, the party name and the place-and-date line at the top right, and who signs on behalf
 * of whom at the bottom right.
 *
 * @param superior    "ĐẢNG BỘ HUYỆN TIÊN YÊN", or null when the committee has not set one
 * @param issuingBody "ĐẢNG ỦY XÃ HẢI YẾN"
 * @param dateLine    "Hải Yến, ngày 30 tháng 5 năm 2024"
 * @param onBehalfOf  "T/M ĐẢNG ỦY"
 */
public record DocumentHeading(String superior, String issuingBody, String dateLine, String onBehalfOf) {

    public static final String PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM";
    public static final String SECRETARY = "BÍ THƯ";
    public static final String PREPARED_BY = "NGƯỜI LẬP BIỂU";

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    public static DocumentHeading of(Committee committee, LocalDate date) {
        if (committee == null) {
            // A database filled from the command line before the first-start setup: blanks to write by hand.
            return new DocumentHeading(null, "ĐẢNG ỦY ……………", dateLine("……………", date), "T/M ĐẢNG ỦY");
        }
        String name = committee.name();
        String folded = VietnameseText.fold(name);
        String body;
        String onBehalfOf;
        if (folded.startsWith("dang bo ")) {
            // The organisation is the đảng bộ; its documents are issued by its đảng ủy.
            body = "Đảng ủy " + afterTwoWords(name);
            onBehalfOf = "T/M ĐẢNG ỦY";
        } else if (folded.startsWith("chi bo ")) {
            body = name;
            onBehalfOf = "T/M CHI BỘ";
        } else {
            body = name;
            onBehalfOf = "T/M ĐẢNG ỦY";
        }
        String superior = committee.superiorName() == null ? null : upper(committee.superiorName());
        return new DocumentHeading(superior, upper(body), dateLine(committee.placeName(), date), onBehalfOf);
    }

    /**
     * "Hải Yến, ngày 05 tháng 02 năm 2024": days below 10 and the months 1 and 2 take a leading zero,
     * as the rules on the format of party and state documents ask.
     */
    public static String dateLine(String placeName, LocalDate date) {
        String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : String.valueOf(date.getDayOfMonth());
        String month = date.getMonthValue() <= 2 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
        return placeName + ", ngày " + day + " tháng " + month + " năm " + date.getYear();
    }

    private static String afterTwoWords(String text) {
        return text.substring(text.indexOf(' ', text.indexOf(' ') + 1) + 1);
    }

    private static String upper(String text) {
        return text.toUpperCase(VIETNAMESE);
    }
}
