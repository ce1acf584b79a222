package vn.dangvu.logic.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangvu.model.Committee;

class DocumentHeadingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Đảng bộ xã Hải Yến   | Đảng bộ huyện Tiên Yên | ĐẢNG BỘ HUYỆN TIÊN YÊN | ĐẢNG ỦY XÃ HẢI YẾN   | T/M ĐẢNG ỦY",
            "Đảng bộ phường 10    | -                      | -                      | ĐẢNG ỦY PHƯỜNG 10    | T/M ĐẢNG ỦY",
            "đảng bộ xã Đồng Rui  | -                      | -                      | ĐẢNG ỦY XÃ ĐỒNG RUI  | T/M ĐẢNG ỦY",
            "Chi bộ Trường THCS   | Đảng bộ xã Hải Yến     | ĐẢNG BỘ XÃ HẢI YẾN     | CHI BỘ TRƯỜNG THCS   | T/M CHI BỘ",
            "Đảng ủy Khối cơ quan | -                      | -                      | ĐẢNG ỦY KHỐI CƠ QUAN | T/M ĐẢNG ỦY"})
    void issuingBodyComesFromTheCommitteeName(String name, String superiorName, String superior, String body,
                                              String onBehalfOf) {
        DocumentHeading heading = DocumentHeading.of(new Committee(name, "Hải Yến", superiorName),
                LocalDate.of(2024, 5, 30));
        assertEquals(superior, heading.superior());
        assertEquals(body, heading.issuingBody());
        assertEquals(onBehalfOf, heading.onBehalfOf());
    }

    @ParameterizedTest
    @CsvSource({
            "2024-05-30, 'Hải Yến, ngày 30 tháng 5 năm 2024'",
            "2024-02-05, 'Hải Yến, ngày 05 tháng 02 năm 2024'",
            "2025-01-31, 'Hải Yến, ngày 31 tháng 01 năm 2025'",
            "2025-12-09, 'Hải Yến, ngày 09 tháng 12 năm 2025'"})
    void dateLineWritesDaysBelowTenAndJanuaryAndFebruaryWithALeadingZero(LocalDate date, String line) {
        assertEquals(line, DocumentHeading.dateLine("Hải Yến", date));
    }
}
