package vn.dangvu.model;

import java.util.regex.Pattern;

/**
 * Số thẻ đảng viên, số lý lịch, số CCCD: always text, so leading zeros survive.
 * Blank values are absent (null).
 */
public record MemberIds(String cardNumber, String profileNumber, String citizenId) {

    private static final Pattern CITIZEN_ID = Pattern.compile("\\d{12}");
    private static final Pattern CARD = Pattern.compile("[0-9A-Za-z]{6,20}");

    public static final MemberIds NONE = new MemberIds(null, null, null);

    public MemberIds {
        cardNumber = blankToNull(cardNumber);
        profileNumber = blankToNull(profileNumber);
        citizenId = blankToNull(citizenId);
        if (citizenId != null && !CITIZEN_ID.matcher(citizenId).matches()) {
            throw new InvalidField("citizenId", "Số CCCD phải gồm đúng 12 chữ số: \"" + citizenId + "\".");
        }
        if (cardNumber != null && !CARD.matcher(cardNumber).matches()) {
            throw new InvalidField("cardNumber", "Số thẻ đảng viên chỉ gồm chữ số (và chữ cái với thẻ mới), 6 đến 20 ký tự: \""
                    + cardNumber + "\".");
        }
    }

    private static String blankToNull(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip().replace(" ", "");
        return stripped.isEmpty() ? null : stripped;
    }
}
