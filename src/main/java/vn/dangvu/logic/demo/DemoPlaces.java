package vn.dangvu.logic.demo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import vn.dangvu.model.OtherOrganisation;

/**
 * Place and organisation names of a mountainous coastal commune in Quảng Ninh, for demo data:
 * villages with Tày names (Nà Pàn, Khe Mằn ...), schools, offices, enterprises, and the
 * party organisations members come from or go to.
 */
final class DemoPlaces {

    static final String PROVINCE = "Quảng Ninh";

    /** Villages as people write them in addresses ("thôn Nà Pàn"). */
    private static final List<String> VILLAGES = List.of(
            "thôn Nà Pàn", "thôn Khe Mằn", "thôn Nà Cắng", "thôn Bắc Lù", "thôn Khe Lục", "thôn Đồng Châu",
            "thôn Hà Tràng", "thôn Khe Tiền", "thôn Pắc Cáy", "thôn Nà Sa", "thôn Đông Hải", "thôn Tân Yên",
            "thôn Hải Tiến", "thôn Thác Bưởi", "thôn Khe Vang", "thôn Nà Buông", "thôn Khe Liêng",
            "thôn Đồng Đình", "thôn Bình Dân", "thôn Xóm Mới", "thôn Làng Đài", "thôn Đồng Quánh",
            "thôn Nà Làng", "thôn Khe Tâm", "thôn Tầm Làng", "thôn Pò Hèn", "thôn Khe Cát", "thôn Bản Mới",
            "thôn Hồng Phong", "thôn Trung Lương", "thôn Đồng Long", "thôn Phai Làu", "thôn Khe Hố",
            "thôn Nà Hác", "thôn Đồng Mạ", "thôn Cửa Tiền", "bản Khe Nháng", "bản Nà Ếch", "bản Khe Mò",
            "bản Pắc Phai", "thôn Bắc Hải", "thôn Nam Hải", "thôn Yên Hải", "thôn Hải Lộc", "thôn Đầm Hà Động",
            "thôn Khe Quang", "thôn Nà Phạ", "thôn Co Mương", "thôn Lục Phủ", "thôn Khe Cáu",
            "khu phố Hòa Bình", "khu phố Lý Thường Kiệt", "khu phố Thống Nhất", "khu phố Đồng Tâm");
    private static final List<String> TAY_FIRST = List.of(
            "Nà", "Khe", "Pắc", "Khau", "Tầm", "Phai", "Bản", "Co", "Pò", "Lũng", "Nặm", "Cốc", "Bó", "Pác",
            "Khuổi", "Phiêng", "Nọc", "Kéo", "Lăng", "Thán");
    private static final List<String> TAY_SECOND = List.of(
            "Pàn", "Mằn", "Cáy", "Liêng", "Tảng", "Hin", "Luông", "Mò", "Phạ", "Hốc", "Vài", "Nhừ", "Lạn", "Sàn",
            "Nưa", "Tẩu", "Khuổi", "Chang", "Mười", "Đon", "Lầy", "Quân", "Pục", "Sla", "Thầu", "Tâu", "Cút",
            "Bưa", "Khoang", "Làn", "Mạ", "Ngàn", "Ràng", "Tôm", "Vàng", "Xăm", "Bẻ", "Dính", "Hẩu", "Lếch");
    private static final List<String> KINH_FIRST = List.of(
            "Đông", "Tây", "Nam", "Bắc", "Trung", "Tân", "Hải", "Yên", "Bình", "Hòa", "Phú", "Thịnh", "Đồng",
            "Hợp", "Quyết", "Thắng", "Thanh", "Xuân", "Hồng", "Minh");
    private static final List<String> KINH_SECOND = List.of(
            "Tiến", "Lợi", "Hưng", "Thành", "Lạc", "An", "Phong", "Hải", "Sơn", "Lâm", "Tâm", "Châu", "Long",
            "Quang", "Thái", "Hòa", "Thịnh", "Vinh", "Xá", "Lộc");

    /** Former communes merged into the new one (2025), for extra schools, police posts ... */
    static final List<String> AREAS = List.of(
            "Hải Yến", "Đông Hải", "Đông Ngũ", "Hải Lạng", "Tiên Lãng", "Đồng Rui", "Hà Lâu", "Yên Than",
            "Phong Dụ", "Điền Xá", "Đại Dực", "Đại Thành", "Đông Hải Mới", "Tiên Yên", "Hà Tràng", "Khe Tiền");

    private static final List<String> SCHOOL_TYPES = List.of(
            "Trường Mầm non", "Trường Tiểu học", "Trường THCS", "Trường PTDTBT Tiểu học", "Trường Tiểu học và THCS",
            "Trường THPT");
    private static final List<String> OFFICES = List.of(
            "Cơ quan Đảng – Đoàn thể", "Cơ quan Ủy ban nhân dân xã", "Trạm Y tế xã",
            "Trung tâm Phục vụ hành chính công xã", "Ban Quản lý rừng phòng hộ", "Bưu điện văn hóa xã",
            "Hội Cựu chiến binh xã", "Trung tâm Văn hóa – Thể thao xã", "Ngân hàng Chính sách xã hội",
            "Quỹ Tín dụng nhân dân", "Trạm Khuyến nông", "Hạt Kiểm lâm");
    private static final List<String> ENTERPRISE_TYPES = List.of(
            "Công ty TNHH", "Công ty Cổ phần", "Hợp tác xã");
    private static final List<String> ENTERPRISE_TRADES = List.of(
            "Lâm nghiệp", "Thủy sản", "Chế biến gỗ", "Vận tải", "Xây dựng", "Dịch vụ nông nghiệp",
            "Nuôi trồng thủy sản", "Quế hồi", "Du lịch sinh thái", "Chè", "Vật liệu xây dựng", "Cấp nước",
            "Điện lực", "Cảng biển", "Thương mại", "Chăn nuôi");

    /** Party organisations outside the committee, with province and district. */
    static final List<OtherOrganisation> TRANSFER_ORGANISATIONS = List.of(
            new OtherOrganisation("Đảng bộ xã Đông Ngũ", PROVINCE, "Tiên Yên"),
            new OtherOrganisation("Đảng bộ thị trấn Tiên Yên", PROVINCE, "Tiên Yên"),
            new OtherOrganisation("Đảng bộ xã Hải Lạng", PROVINCE, "Tiên Yên"),
            new OtherOrganisation("Đảng bộ xã Đồng Rui", PROVINCE, "Tiên Yên"),
            new OtherOrganisation("Đảng bộ phường Hồng Gai", PROVINCE, "Hạ Long"),
            new OtherOrganisation("Đảng bộ phường Bãi Cháy", PROVINCE, "Hạ Long"),
            new OtherOrganisation("Đảng bộ phường Cẩm Trung", PROVINCE, "Cẩm Phả"),
            new OtherOrganisation("Đảng bộ phường Trần Phú", PROVINCE, "Móng Cái"),
            new OtherOrganisation("Đảng bộ xã Quảng Long", PROVINCE, "Hải Hà"),
            new OtherOrganisation("Đảng bộ thị trấn Đầm Hà", PROVINCE, "Đầm Hà"),
            new OtherOrganisation("Đảng bộ thị trấn Bình Liêu", PROVINCE, "Bình Liêu"),
            new OtherOrganisation("Đảng bộ xã Đồn Đạc", PROVINCE, "Ba Chẽ"),
            new OtherOrganisation("Đảng bộ Công ty Than Hà Tu – TKV", PROVINCE, "Hạ Long"),
            new OtherOrganisation("Đảng bộ Công ty Than Mạo Khê – TKV", PROVINCE, "Đông Triều"),
            new OtherOrganisation("Đảng bộ Quân sự tỉnh Quảng Ninh", PROVINCE, "Hạ Long"),
            new OtherOrganisation("Đảng bộ Công an tỉnh Quảng Ninh", PROVINCE, "Hạ Long"),
            new OtherOrganisation("Đảng bộ Bộ đội Biên phòng tỉnh Quảng Ninh", PROVINCE, "Hạ Long"),
            new OtherOrganisation("Đảng bộ Trường Đại học Hạ Long", PROVINCE, "Uông Bí"),
            new OtherOrganisation("Đảng bộ xã Đình Lập", "Lạng Sơn", "Đình Lập"),
            new OtherOrganisation("Đảng bộ phường Hoàng Văn Thụ", "Lạng Sơn", "Thành phố Lạng Sơn"),
            new OtherOrganisation("Đảng bộ xã Thụy Hải", "Thái Bình", "Thái Thụy"),
            new OtherOrganisation("Đảng bộ xã Hải Anh", "Nam Định", "Hải Hậu"),
            new OtherOrganisation("Đảng bộ xã Tân Dân", "Hải Dương", "Chí Linh"),
            new OtherOrganisation("Đảng bộ phường An Biên", "Hải Phòng", "Lê Chân"),
            new OtherOrganisation("Đảng bộ xã Phương Liễu", "Bắc Ninh", "Quế Võ"),
            new OtherOrganisation("Đảng bộ xã Sơn Động", "Bắc Giang", "Sơn Động"),
            new OtherOrganisation("Đảng bộ phường Dịch Vọng", "Hà Nội", "Cầu Giấy"),
            new OtherOrganisation("Đảng bộ xã Quảng Đức", "Thanh Hóa", "Quảng Xương"),
            new OtherOrganisation("Đảng bộ phường Bình Thọ", "Thành phố Hồ Chí Minh", "Thủ Đức"));

    /** Where members go for a while: study or work. */
    static final List<OtherOrganisation> STUDY_ORGANISATIONS = List.of(
            new OtherOrganisation("Chi bộ học viên lớp Trung cấp lý luận chính trị, Trường Chính trị Nguyễn Văn Cừ",
                    PROVINCE, "Hạ Long"),
            new OtherOrganisation("Chi bộ học viên Học viện Chính trị khu vực I", "Hà Nội", "Cầu Giấy"),
            new OtherOrganisation("Chi bộ sinh viên Trường Đại học Hạ Long", PROVINCE, "Uông Bí"),
            new OtherOrganisation("Chi bộ học viên Trường Quân sự Quân khu 3", "Hải Dương", "Chí Linh"));
    static final List<OtherOrganisation> WORK_ORGANISATIONS = List.of(
            new OtherOrganisation("Chi bộ Công ty TNHH Điện tử Foxconn", "Bắc Giang", "Việt Yên"),
            new OtherOrganisation("Chi bộ Công ty TNHH Samsung Electronics Việt Nam", "Bắc Ninh", "Yên Phong"),
            new OtherOrganisation("Chi bộ Khu công nghiệp Cái Lân", PROVINCE, "Hạ Long"),
            new OtherOrganisation("Chi bộ Công trường Nhà máy Nhiệt điện Mông Dương", PROVINCE, "Cẩm Phả"),
            new OtherOrganisation("Chi bộ Phân xưởng Khai thác 1, Công ty Than Khe Chàm", PROVINCE, "Cẩm Phả"),
            new OtherOrganisation("Chi bộ Khu công nghiệp Đình Vũ", "Hải Phòng", "Hải An"));

    /** Quê quán outside the commune: xã, huyện, tỉnh. */
    private static final List<String> HOME_TOWNS_ELSEWHERE = List.of(
            "xã Hải Anh, huyện Hải Hậu, tỉnh Nam Định", "xã Thụy Hải, huyện Thái Thụy, tỉnh Thái Bình",
            "xã Tân Dân, thành phố Chí Linh, tỉnh Hải Dương", "xã Quảng Đức, huyện Quảng Xương, tỉnh Thanh Hóa",
            "xã Nghi Lộc, huyện Nghi Lộc, tỉnh Nghệ An", "xã Đồng Sơn, huyện Nam Trực, tỉnh Nam Định",
            "xã Đông Ngũ, huyện Tiên Yên, tỉnh Quảng Ninh", "xã Đồng Rui, huyện Tiên Yên, tỉnh Quảng Ninh",
            "xã Quảng Long, huyện Hải Hà, tỉnh Quảng Ninh", "phường Hồng Gai, thành phố Hạ Long, tỉnh Quảng Ninh",
            "xã Đình Lập, huyện Đình Lập, tỉnh Lạng Sơn", "xã Sơn Động, huyện Sơn Động, tỉnh Bắc Giang",
            "xã Kiến Quốc, huyện Kiến Thụy, thành phố Hải Phòng", "xã Vũ Thư, huyện Vũ Thư, tỉnh Thái Bình",
            "xã Đồn Đạc, huyện Ba Chẽ, tỉnh Quảng Ninh", "xã Lục Hồn, huyện Bình Liêu, tỉnh Quảng Ninh",
            "xã Quảng Lâm, huyện Đầm Hà, tỉnh Quảng Ninh", "xã Yên Trung, huyện Yên Phong, tỉnh Bắc Ninh");

    private DemoPlaces() {
    }

    /** "xã Hải Yến, huyện Tiên Yên, tỉnh Quảng Ninh" from "xã Hải Yến", without the district when there is none. */
    static String commune(String unit, String district) {
        return unit + (district == null ? "" : ", huyện " + district) + ", tỉnh " + PROVINCE;
    }

    static String elsewhere(SplittableRandom random) {
        return HOME_TOWNS_ELSEWHERE.get(random.nextInt(HOME_TOWNS_ELSEWHERE.size()));
    }

    /** As many distinct village names as asked for: the real ones first, then composed ones, then numbered. */
    static List<String> villages(SplittableRandom random, int count) {
        Set<String> names = new LinkedHashSet<>(shuffled(random, VILLAGES));
        if (names.size() < count) {
            List<String> composed = new ArrayList<>();
            for (String first : TAY_FIRST) {
                for (String second : TAY_SECOND) {
                    if (!second.equals("Khuổi") || !first.equals("Khuổi")) {
                        composed.add("thôn " + first + " " + second);
                    }
                }
            }
            for (String first : KINH_FIRST) {
                for (String second : KINH_SECOND) {
                    if (!first.equals(second)) {
                        composed.add("thôn " + first + " " + second);
                    }
                }
            }
            names.addAll(shuffled(random, composed));
        }
        for (int number = 1; names.size() < count; number++) {
            names.add("khu " + number);
        }
        return new ArrayList<>(names).subList(0, count);
    }

    static List<String> schools(int count, String placeName, List<String> villages) {
        List<String> names = new ArrayList<>();
        List<String> places = new ArrayList<>();
        places.add(placeName);
        AREAS.stream().filter(a -> !a.equals(placeName)).forEach(places::add);
        villages.stream().map(DemoPlaces::shortVillage).forEach(places::add);
        Set<String> used = new LinkedHashSet<>();
        for (int i = 0; names.size() < count; i++) {
            String type = SCHOOL_TYPES.get(i % SCHOOL_TYPES.size());
            String place = places.get((i / SCHOOL_TYPES.size()) % places.size());
            String name = type + " " + place;
            int round = i / (SCHOOL_TYPES.size() * places.size());
            if (round > 0) {
                name = name + " số " + (round + 1);
            }
            if (used.add(name)) {
                names.add(name);
            }
        }
        return names;
    }

    static List<String> offices(int count) {
        List<String> names = new ArrayList<>();
        for (int i = 0; names.size() < count; i++) {
            String office = OFFICES.get(i % OFFICES.size());
            int round = i / OFFICES.size();
            names.add(round == 0 ? office : office + " (khu vực " + AREAS.get(round % AREAS.size())
                    + (round >= AREAS.size() ? " " + (round / AREAS.size() + 1) : "") + ")");
        }
        return names;
    }

    static List<String> enterprises(SplittableRandom random, int count, String placeName) {
        List<String> composed = new ArrayList<>();
        for (String trade : ENTERPRISE_TRADES) {
            for (String type : ENTERPRISE_TYPES) {
                composed.add(type + " " + trade + " " + placeName);
                for (String area : AREAS) {
                    if (!area.equals(placeName)) {
                        composed.add(type + " " + trade + " " + area);
                    }
                }
            }
        }
        List<String> names = new ArrayList<>(shuffled(random, composed));
        for (int number = 2; names.size() < count; number++) {
            names.add("Hợp tác xã Dịch vụ tổng hợp số " + number);
        }
        return names.subList(0, count);
    }

    /** "thôn Nà Pàn" → "Nà Pàn". */
    static String shortVillage(String village) {
        int space = village.indexOf(' ');
        String rest = village.substring(space + 1);
        return rest.startsWith("phố ") ? rest.substring(4) : rest;
    }

    /** "thôn Nà Pàn" → "Thôn Nà Pàn" at the start of an address. */
    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static <T> List<T> shuffled(SplittableRandom random, List<T> items) {
        List<T> copy = new ArrayList<>(items);
        for (int i = copy.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, t);
        }
        return copy;
    }
}
