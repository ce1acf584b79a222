package vn.dangvu.model.stats;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dangvu.model.Committee;
import vn.dangvu.model.OtherOrganisation;
import vn.dangvu.model.VietnameseText;

/**
 * The province and district the committee is in, to tell transfers from another province
 * from those from another district. The committee record does not store them, so they are
 * read from the superior committee's name: "Đảng bộ tỉnh Quảng Ninh" gives the province,
 * "Đảng bộ huyện Tiên Yên" the district, whose province is then the one the transfers on
 * record most often give for a district of that name. Either may stay unknown (null).
 */
public record HomeArea(String province, String district) {

    public static final HomeArea UNKNOWN = new HomeArea(null, null);

    /** Centrally governed cities: "Đảng bộ thành phố Hà Nội" is a province-level committee. */
    private static final Set<String> CENTRAL_CITIES = Set.of("ha noi", "ho chi minh", "hai phong", "da nang",
            "can tho", "hue");
    /** Administrative words before a place name, folded, longest first. */
    private static final List<String> PROVINCE_WORDS = List.of("thanh pho", "tinh", "tp.", "tp");
    private static final List<String> DISTRICT_WORDS = List.of("thanh pho", "thi xa", "huyen", "quan", "tp.", "tp");
    private static final List<String> UNIT_WORDS = List.of("thanh pho", "thi xa", "huyen", "quan", "tinh", "tp.", "tp");

    public HomeArea {
        province = province == null || province.isBlank() ? null : province.strip();
        district = district == null || district.isBlank() ? null : district.strip();
    }

    /** The committee's area from its superior's name and the places its transfers name. */
    public static HomeArea infer(Committee committee, Iterable<OtherOrganisation> transferPlaces) {
        if (committee == null || committee.superiorName() == null) {
            return UNKNOWN;
        }
        String[] words = committee.superiorName().strip().split("\\s+");
        String folded = VietnameseText.fold(committee.superiorName());
        if (!folded.startsWith("dang bo ")) {
            return UNKNOWN;
        }
        String unit = folded.substring("dang bo ".length());
        for (String word : UNIT_WORDS) {
            if (unit.startsWith(word + " ")) {
                int skip = 2 + word.split(" ").length;
                String name = String.join(" ", Arrays.copyOfRange(words, Math.min(skip, words.length), words.length));
                String place = unit.substring(word.length() + 1);
                boolean city = word.equals("thanh pho") || word.startsWith("tp");
                boolean provinceLevel = word.equals("tinh") || city && CENTRAL_CITIES.contains(place);
                return provinceLevel ? new HomeArea(name, null)
                        : new HomeArea(provinceOfDistrict(place, transferPlaces), name);
            }
        }
        return UNKNOWN;
    }

    private static String provinceOfDistrict(String foldedDistrict, Iterable<OtherOrganisation> places) {
        Map<String, Integer> votes = new HashMap<>();
        Map<String, String> spelling = new HashMap<>();
        Map<String, String> foldedDistricts = new HashMap<>(); // thousands of transfers, a few dozen districts
        String best = null;
        for (OtherOrganisation other : places) {
            if (other.province() != null && other.district() != null && foldedDistrict.equals(
                    foldedDistricts.computeIfAbsent(other.district(), d -> place(d, DISTRICT_WORDS)))) {
                String province = place(other.province(), PROVINCE_WORDS);
                spelling.putIfAbsent(province, other.province());
                int count = votes.merge(province, 1, Integer::sum);
                if (best == null || count > votes.get(best)) {
                    best = province;
                }
            }
        }
        return best == null ? null : spelling.get(best);
    }

    /** Which side of the committee's borders the other organisation of a transfer is on. */
    public TransferScope scopeOf(OtherOrganisation other) {
        String otherProvince = place(other.province(), PROVINCE_WORDS);
        String homeProvince = place(province, PROVINCE_WORDS);
        String otherDistrict = place(other.district(), DISTRICT_WORDS);
        String homeDistrict = place(district, DISTRICT_WORDS);
        if (otherProvince != null && homeProvince != null) {
            if (!otherProvince.equals(homeProvince)) {
                return TransferScope.OTHER_PROVINCE;
            }
            if (homeDistrict == null) {
                return TransferScope.SAME_AREA;
            }
            if (otherDistrict == null) {
                return TransferScope.UNKNOWN;
            }
            return otherDistrict.equals(homeDistrict) ? TransferScope.SAME_AREA : TransferScope.OTHER_DISTRICT;
        }
        return otherDistrict != null && otherDistrict.equals(homeDistrict) ? TransferScope.SAME_AREA
                : TransferScope.UNKNOWN;
    }

    /** "Tỉnh Quảng Ninh" → "quang ninh": folded, without the administrative word; null stays null. */
    private static String place(String name, List<String> administrativeWords) {
        if (name == null) {
            return null;
        }
        String folded = VietnameseText.fold(name);
        for (String word : administrativeWords) {
            if (folded.startsWith(word + " ")) {
                return folded.substring(word.length() + 1);
            }
        }
        return folded;
    }
}
