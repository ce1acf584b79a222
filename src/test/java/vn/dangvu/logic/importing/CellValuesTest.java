package vn.dangvu.logic.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.PoliticalTheory;
import vn.dangvu.model.Sex;
import vn.dangvu.model.rating.RatingGrade;

/** How cells and the words of appendix A are understood. */
class CellValuesTest {

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
        "5/3/1990            | 1990-03-05",
        "05/03/1990          | 1990-03-05",
        "05-03-1990          | 1990-03-05",
        "5.3.1990            | 1990-03-05",
        "1990-03-05          | 1990-03-05",
        "' 05/03/1990 '      | 1990-03-05",
        "05/03/1990 00:00:00 | 1990-03-05",
        "29/02/2024          | 2024-02-29",
    })
    void textDates(String text, LocalDate expected) {
        assertEquals(expected, Cells.date(text).date());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
        "31/02/2001 | \"31/02/2001\" không phải ngày có thật (ngày 31 tháng 2 năm 2001 không tồn tại).",
        "29/02/2023 | \"29/02/2023\" không phải ngày có thật (ngày 29 tháng 2 năm 2023 không tồn tại).",
        "5/3/90     | \"5/3/90\" không phải ngày (viết dd/MM/yyyy, ví dụ 05/03/1980).",
        "năm 1990   | \"năm 1990\" không phải ngày (viết dd/MM/yyyy, ví dụ 05/03/1980).",
    })
    void wrongDatesSayWhy(String text, String reason) {
        Cells.DateOrReason parsed = Cells.date(text);
        assertNull(parsed.date());
        assertEquals(reason, parsed.reason());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"32937, 1990-03-05", "1, 1900-01-01", "45658, 2025-01-01"})
    void numbersAreExcelSerialDays(double serial, LocalDate expected) {
        assertEquals(expected, Cells.date(serial).date());
    }

    @ParameterizedTest(name = "\"{0}\" matches \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "Ngày sinh        | Ngày sinh",
        "NGAY SINH        | Ngày sinh",
        "ngày  sinh:      | Ngày sinh",
        "Họ  và   tên:    | Họ và tên",
        "HỌ VÀ TÊN        | Họ và tên",
        "Số CMND/CCCD     | Số CCCD",
        "Số thẻ ĐV        | Số thẻ đảng viên",
        "Ngày vào Đảng (*)| Ngày vào Đảng",
        "LÝ LUẬN CHÍNH TRỊ (CC, TC, SC) | Lý luận chính trị",
        "HỌ TÊN ĐANG DÙNG | Họ và tên",
    })
    void headersMatchIgnoringCaseDiacriticsSpacesAndPunctuation(String header, String label) {
        assertTrue(MemberSheet.COLUMNS.stream().filter(c -> c.label().equals(label)).findFirst().orElseThrow()
                .matches(header));
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
        "Nam | MALE", "nam | MALE", "NAM | MALE", "Nữ | FEMALE", "nu | FEMALE", "NỮ | FEMALE", "x |",
    })
    void sexes(String text, Sex expected) {
        assertEquals(Optional.ofNullable(expected), Vocabulary.sex(text));
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
        "HTXSNV                           | EXCELLENT",
        "Hoàn thành xuất sắc nhiệm vụ     | EXCELLENT",
        "Xuất sắc                         | EXCELLENT",
        "httnv                            | GOOD",
        "Tốt                              | GOOD",
        "hoan thanh tot nhiem vu          | GOOD",
        "HTNV                             | COMPLETED",
        "Hoàn thành                       | COMPLETED",
        "Hoàn thành nhiệm vụ              | COMPLETED",
        "KHTNV                            | NOT_COMPLETED",
        "Không hoàn thành                 | NOT_COMPLETED",
        "Không hoàn thành nhiệm vụ        | NOT_COMPLETED",
        // up to 2017 (HD 20/2008, HD 27/2014): members rated "đủ tư cách" with one of three levels, or "vi phạm
        // tư cách"; organisations "trong sạch vững mạnh (tiêu biểu)" … "yếu kém": the same four ranks in order
        "Đủ tư cách, hoàn thành xuất sắc nhiệm vụ | EXCELLENT",
        "Đủ tư cách, hoàn thành tốt nhiệm vụ      | GOOD",
        "Đủ tư cách, hoàn thành nhiệm vụ          | COMPLETED",
        "đủ tư cách hoàn thành nhiệm vụ           | COMPLETED",
        "ĐỦ TƯ CÁCH, HOÀN THÀNH NHIỆM VỤ          | COMPLETED",
        "Vi phạm tư cách                          | NOT_COMPLETED",
        "Trong sạch vững mạnh                     | EXCELLENT",
        "Trong sạch, vững mạnh tiêu biểu          | EXCELLENT",
        "TSVM                                     | EXCELLENT",
        "Yếu kém                                  | NOT_COMPLETED",
        "Đủ tư cách                               |",
        "Giỏi                             |",
    })
    void grades(String text, RatingGrade expected) {
        assertEquals(Optional.ofNullable(expected), Vocabulary.grade(text));
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
        "Xóa tên | REMOVED", "xoá tên | REMOVED", "XOA TEN | REMOVED", "Khai trừ | EXPELLED",
        "khai tru | EXPELLED", "Xin ra khỏi Đảng | RESIGNED", "xin ra khoi dang | RESIGNED", "chuyển đi |",
    })
    void waysOfLeaving(String text, MembershipEventType expected) {
        assertEquals(Optional.ofNullable(expected), Vocabulary.leaving(text));
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
        "''        | NONE", "Không | NONE", "Sơ cấp | ELEMENTARY", "trung cap | INTERMEDIATE",
        "CAO CẤP   | ADVANCED", "Cử nhân chính trị | BACHELOR", "Cao cấp lý luận chính trị | ADVANCED", "Giỏi |",
        "CC | ADVANCED", "tc | INTERMEDIATE", "SC | ELEMENTARY", "CN | BACHELOR",
    })
    void politicalTheory(String text, PoliticalTheory expected) {
        assertEquals(Optional.ofNullable(expected), Vocabulary.politicalTheory(text));
    }
}
