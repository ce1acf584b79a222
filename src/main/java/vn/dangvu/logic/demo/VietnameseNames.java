package vn.dangvu.logic.demo;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.Sex;

/**
 * Vietnamese names for demo data: family names weighted as in the population (Nguyễn about
 * 38%), middle and given names by sex and generation, family names of the ethnic minorities
 * of the north-east (Tày, Dao, Sán Chay, Sán Dìu, Nùng ...). All text is NFC with full
 * diacritics.
 */
final class VietnameseNames {

    /** Kinh family names, weights in per cent of the population (approximate). */
    private static final Weighted<String> KINH_FAMILY = Weighted.pairs(
            "Nguyễn", 38.4, "Trần", 11.0, "Lê", 9.5, "Phạm", 7.0, "Hoàng", 4.0, "Huỳnh", 1.1, "Phan", 4.0,
            "Vũ", 3.0, "Võ", 0.9, "Đặng", 2.1, "Bùi", 2.0, "Đỗ", 1.4, "Hồ", 1.3, "Ngô", 1.3, "Dương", 1.0,
            "Lý", 0.5, "Đinh", 0.8, "Đào", 0.7, "Đoàn", 0.6, "Trịnh", 0.6, "Trương", 0.5, "Mai", 0.5,
            "Lương", 0.5, "Hà", 0.5, "Cao", 0.4, "Tạ", 0.3, "Lưu", 0.3, "Tô", 0.3, "Chu", 0.3, "Phùng", 0.3,
            "Lâm", 0.3, "Kiều", 0.2, "Lại", 0.2, "Vương", 0.2, "Thái", 0.2, "Triệu", 0.2, "Khúc", 0.1,
            "Nghiêm", 0.1, "Quách", 0.1, "Doãn", 0.1, "Tăng", 0.1, "Văn", 0.1);

    private static final Map<String, Weighted<String>> MINORITY_FAMILY = Map.of(
            "Tày", Weighted.falling(List.of("Hoàng", "Nông", "Lương", "Vi", "Hà", "Ma", "Lộc", "Nguyễn", "Đàm",
                    "Lăng", "Triệu", "Lý"), 0.2),
            "Dao", Weighted.falling(List.of("Triệu", "Bàn", "Đặng", "Lý", "Phùng", "Chíu", "Dương", "Tằng"), 0.2),
            "Sán Chay", Weighted.falling(List.of("Lâm", "Hoàng", "Trần", "Dương", "Lý", "Tô", "Hà", "Nịnh"), 0.2),
            "Sán Dìu", Weighted.falling(List.of("Lục", "Tạ", "Diệp", "Trương", "Lý", "Dương", "Đặng", "Lam"), 0.2),
            "Nùng", Weighted.falling(List.of("Hoàng", "Nông", "Lục", "Vy", "Mã", "Chu", "Lăng"), 0.2),
            "Hoa", Weighted.falling(List.of("Lưu", "Trương", "Lý", "Hà", "Lâm", "Phùng", "Quan"), 0.3),
            "Mường", Weighted.falling(List.of("Bùi", "Đinh", "Quách", "Hà", "Cao", "Xa"), 0.3),
            "Thái", Weighted.falling(List.of("Lò", "Cầm", "Lường", "Vì", "Quàng", "Lù", "Hà"), 0.3));

    /** Older generations: Văn and Thị dominate. */
    private static final Weighted<String> MALE_MIDDLE_OLD = Weighted.pairs(
            "Văn", 62, "Đức", 6, "Hữu", 6, "Đình", 5, "Xuân", 4, "Quang", 4, "Minh", 3, "Công", 3, "Ngọc", 2,
            "Bá", 1.5, "Thế", 1.5, "Trọng", 1, "Viết", 1);
    private static final Weighted<String> MALE_MIDDLE_YOUNG = Weighted.pairs(
            "Văn", 28, "Đức", 9, "Minh", 9, "Quang", 7, "Hữu", 6, "Thành", 5, "Tiến", 4, "Mạnh", 4, "Duy", 4,
            "Anh", 3, "Xuân", 3, "Đình", 3, "Công", 3, "Trung", 2, "Việt", 2, "Hoàng", 2, "Ngọc", 2, "Thế", 2,
            "Trọng", 1, "Bảo", 1);
    private static final Weighted<String> FEMALE_MIDDLE_OLD = Weighted.pairs(
            "Thị", 80, "Ngọc", 4, "Thu", 3, "Thanh", 3, "Kim", 2, "Hồng", 2, "Bích", 1.5, "Minh", 1.5,
            "Xuân", 1.5, "Thúy", 1.5);
    private static final Weighted<String> FEMALE_MIDDLE_YOUNG = Weighted.pairs(
            "Thị", 40, "Ngọc", 7, "Thu", 7, "Thanh", 6, "Thùy", 5, "Phương", 4, "Minh", 4, "Hồng", 4, "Kim", 3,
            "Thúy", 3, "Hải", 3, "Mai", 2, "Bích", 2, "Diệu", 2, "Hoài", 2, "Quỳnh", 2, "Khánh", 2, "Bảo", 1,
            "Lan", 1);
    /** Second word after "Thị" for the few women with two middle words (Nguyễn Thị Thu Hà). */
    private static final Weighted<String> FEMALE_SECOND_MIDDLE = Weighted.uniform(List.of(
            "Thu", "Thanh", "Ngọc", "Minh", "Hồng", "Kim", "Bích", "Thúy", "Phương", "Lan"));

    private static final Weighted<String> MALE_GIVEN = Weighted.falling(List.of(
            "Hùng", "Dũng", "Tuấn", "Hải", "Minh", "Nam", "Thắng", "Sơn", "Long", "Cường", "Hưng", "Quang",
            "Thành", "Trung", "Đức", "Bình", "Tùng", "Hoàng", "Tiến", "Việt", "Hiếu", "Huy", "Mạnh", "Phong",
            "Vinh", "Khánh", "Hòa", "Tâm", "Thanh", "Chiến", "Công", "Tài", "Lâm", "Hiệp", "Phúc", "Toàn",
            "Quân", "Đạt", "Thịnh", "Trọng", "Kiên", "Lợi", "Nghĩa", "Phú", "Tân", "Thái", "Xuân", "Chính",
            "Dương", "Duy", "Giang", "Anh", "An", "Khải", "Khoa", "Lộc", "Luân", "Lực", "Nhân", "Quý",
            "Thông", "Thuận", "Tú", "Vũ", "Định", "Điệp", "Đông", "Hào", "Hậu", "Huân", "Nhật", "Trường",
            "Bảo", "Khang", "Sang", "Ngọc", "Phương", "Thụ", "Lượng", "Chung"), 0.08);
    private static final Weighted<String> FEMALE_GIVEN = Weighted.falling(List.of(
            "Hương", "Hoa", "Lan", "Hà", "Huyền", "Thủy", "Trang", "Hằng", "Hạnh", "Ngọc", "Linh", "Thảo",
            "Nga", "Phương", "Thu", "Yến", "Mai", "Hiền", "Dung", "Lý", "Nhung", "Vân", "Loan", "Anh",
            "Hồng", "Liên", "Tuyết", "Oanh", "Quỳnh", "Thúy", "Duyên", "Giang", "Huệ", "Hường", "Xuân",
            "Châm", "Chi", "Cúc", "Đào", "Hòa", "Khánh", "Liễu", "Luyến", "My", "Ngân", "Nguyệt", "Nhàn",
            "Phượng", "Quyên", "Sen", "Tâm", "Thắm", "Thanh", "Thơ", "Thư", "Trâm", "Uyên", "Ánh", "Bích",
            "Diệp", "Lành", "Ly", "Vy", "Hậu", "Thoa", "Tươi", "Hải", "Minh", "An", "Mến"), 0.08);

    private VietnameseNames() {
    }

    static PersonName pick(SplittableRandom random, Sex sex, String ethnicity, int birthYear) {
        Weighted<String> families = MINORITY_FAMILY.getOrDefault(ethnicity, KINH_FAMILY);
        // Minorities often carry Kinh family names too.
        String family = (families == KINH_FAMILY || random.nextDouble() < 0.85 ? families : KINH_FAMILY).pick(random);
        boolean old = birthYear < 1975 || (birthYear < 1990 && random.nextBoolean());
        String middle;
        String given;
        if (sex == Sex.MALE) {
            middle = (old ? MALE_MIDDLE_OLD : MALE_MIDDLE_YOUNG).pick(random);
            given = MALE_GIVEN.pick(random);
        } else {
            middle = (old ? FEMALE_MIDDLE_OLD : FEMALE_MIDDLE_YOUNG).pick(random);
            if (middle.equals("Thị") && random.nextDouble() < 0.08) {
                middle = middle + " " + FEMALE_SECOND_MIDDLE.pick(random);
            }
            given = FEMALE_GIVEN.pick(random);
        }
        if (middle.endsWith(given)) { // "Thị Thu Thu": draw another given name
            given = (sex == Sex.MALE ? MALE_GIVEN : FEMALE_GIVEN).items().get(0);
        }
        return new PersonName(family, middle, given);
    }

    /** "Nguyễn Văn Hùng", for introducers and the like. */
    static String fullName(SplittableRandom random) {
        Sex sex = random.nextDouble() < 0.7 ? Sex.MALE : Sex.FEMALE;
        return pick(random, sex, "Kinh", 1950 + random.nextInt(40)).full();
    }
}
