package vn.dangvu.logic.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.dangvu.model.DateFormats;

/**
 * A member list as an office would hand it over: one row per member with their dates (some as
 * date cells, most as text), 40 branches to create, and a sheet with last year's rating of each.
 */
final class ImportWorkbook {

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Đức", "Minh", "Thu", "Hữu", "Ngọc", "Quang"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dung", "Em", "Giang", "Hà", "Hùng", "Lan", "Minh",
        "Nam", "Oanh", "Phúc", "Quân", "Sơn", "Tâm", "Uyên", "Vân", "Xuân", "Yến"};
    private static final String[] GRADES = {"HTXSNV", "HTTNV", "Hoàn thành tốt nhiệm vụ", "HTNV", "Tốt"};

    private ImportWorkbook() {
    }

    static Path write(Path file, int rows, int ratingYear) {
        SplittableRandom random = new SplittableRandom(42);
        try (SXSSFWorkbook book = new SXSSFWorkbook(500); OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet members = book.createSheet("Đảng viên");
            Sheet ratings = book.createSheet("Xếp loại");
            row(members, 0, "STT", "Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc", "Số CCCD", "Số thẻ đảng viên",
                    "Chi bộ", "Ngày vào Đảng", "Ngày chính thức", "Lý luận chính trị", "Ghi chú");
            row(ratings, 0, "Số thẻ đảng viên", "Năm", "Xếp loại");
            for (int i = 0; i < rows; i++) {
                LocalDate born = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(60 * 365));
                LocalDate admitted = born.plusYears(19 + random.nextInt(15)).plusDays(random.nextInt(365));
                if (admitted.getYear() >= ratingYear) {
                    admitted = LocalDate.of(ratingYear - 1, 6, 1).minusDays(random.nextInt(300));
                }
                boolean female = random.nextBoolean();
                String name = FAMILY[random.nextInt(FAMILY.length)] + " "
                        + (female ? "Thị" : MIDDLE[random.nextInt(MIDDLE.length)]) + " " + GIVEN[random.nextInt(GIVEN.length)];
                String card = String.format("%08d", 10_000_000 + i * 7);
                Row row = row(members, i + 1, String.valueOf(i + 1), name, i % 3 == 0 ? null : DateFormats.format(born),
                        female ? "Nữ" : "Nam", random.nextInt(8) == 0 ? "Tày" : "Kinh",
                        String.format("0%02d%d%08d", 1 + random.nextInt(90), born.getYear() % 10, i), card,
                        "Chi bộ thôn " + (1 + i % 40), DateFormats.format(admitted),
                        DateFormats.format(admitted.plusYears(1)), random.nextInt(4) == 0 ? "Trung cấp" : null,
                        i % 50 == 0 ? "Ghi chú dòng " + i : null);
                if (i % 3 == 0) {
                    row.createCell(2).setCellValue(born);
                    row.getCell(2).setCellStyle(date);
                }
                row(ratings, i + 1, card, String.valueOf(ratingYear), GRADES[random.nextInt(GRADES.length)]);
            }
            book.write(out);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Không ghi được sổ làm việc mẫu " + file + ": " + e.getMessage(), e);
        }
    }

    private static Row row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                row.createCell(i).setCellValue(values[i]);
            }
        }
        return row;
    }
}
