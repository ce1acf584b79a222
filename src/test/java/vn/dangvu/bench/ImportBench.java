package vn.dangvu.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;
import vn.dangvu.logic.importing.ImportPlan;
import vn.dangvu.logic.importing.ImportProgress;
import vn.dangvu.logic.importing.MemberImportService;
import vn.dangvu.logic.importing.SpreadsheetMl;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.model.DateFormats;

/**
 * Times the import of a generated 10,000-row workbook (members with their dates, 40 branches
 * to create, a rating per member) into an empty database, then the re-import of the same file
 * (every row matched, nothing to write). Run:
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dmain.class=vn.dangvu.bench.ImportBench -Dexec.args="DIR 10000"}
 */
public final class ImportBench {

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Đức", "Minh", "Thu", "Hữu", "Ngọc", "Quang"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dung", "Em", "Giang", "Hà", "Hùng", "Lan", "Minh",
        "Nam", "Oanh", "Phúc", "Quân", "Sơn", "Tâm", "Uyên", "Vân", "Xuân", "Yến"};

    /** Wall time on a busy machine says little: the thread's CPU time is printed beside it. */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private ImportBench() {
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        Files.createDirectories(folder);
        Path file = workbook(folder.resolve("nhap-" + rows + ".xlsx"), rows);
        System.out.printf("Tệp %s: %,d dòng, %,d KB%n", file.getFileName(), rows, Files.size(file) / 1024);
        try (Database database = Database.open(folder.resolve("du-lieu-" + System.currentTimeMillis()))) {
            MemberImportService importer = new MemberImportService(database);
            for (String run : new String[] {"Nhập lần đầu (CSDL trống)", "Nhập lại cùng tệp (mọi dòng khớp)"}) {
                long t0 = System.nanoTime();
                long c0 = CPU.getCurrentThreadCpuTime();
                ImportPlan plan = importer.preview(file);
                long t1 = System.nanoTime();
                long c1 = CPU.getCurrentThreadCpuTime();
                importer.apply(plan, "bench", ImportProgress.NONE, () -> false);
                long t2 = System.nanoTime();
                long c2 = CPU.getCurrentThreadCpuTime();
                System.out.printf("%s: xem trước %d ms (CPU %d ms), ghi %d ms (CPU %d ms); %s; %d lỗi, %d cảnh báo%n",
                        run, ms(t1 - t0), ms(c1 - c0), ms(t2 - t1), ms(c2 - c1), plan.summary().lines().subList(0, 3),
                        plan.errors().size(), plan.warnings().size());
            }
        }
    }

    static Path workbook(Path file, int rows) throws Exception {
        SplittableRandom random = new SplittableRandom(42);
        SpreadsheetMl book = new SpreadsheetMl();
        SpreadsheetMl.Sheet members = book.sheet("Đảng viên");
        members.row("STT", "Họ và tên", "Ngày sinh", "Giới tính", "Dân tộc", "Số CCCD", "Số thẻ đảng viên", "Chi bộ",
                "Ngày vào Đảng", "Ngày chính thức", "Lý luận chính trị", "Ngày chuyển đến", "Chuyển đến từ",
                "Ngày từ trần", "Ghi chú");
        SpreadsheetMl.Sheet ratings = book.sheet("Xếp loại");
        ratings.row("Số thẻ đảng viên", "Năm", "Xếp loại");
        String[] grades = {"HTXSNV", "HTTNV", "Hoàn thành tốt nhiệm vụ", "HTNV", "Tốt"};
        for (int i = 0; i < rows; i++) {
            LocalDate born = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(60 * 365));
            LocalDate admitted = born.plusYears(19 + random.nextInt(15)).plusDays(random.nextInt(365));
            if (admitted.isAfter(LocalDate.of(2024, 1, 1))) {
                admitted = LocalDate.of(2023, 6, 1).minusDays(random.nextInt(300));
            }
            boolean female = random.nextBoolean();
            String name = FAMILY[random.nextInt(FAMILY.length)] + " " + (female ? "Thị" : MIDDLE[random.nextInt(MIDDLE.length)])
                    + " " + GIVEN[random.nextInt(GIVEN.length)];
            String card = String.format("%08d", 10_000_000 + i * 7);
            LocalDate transfer = random.nextInt(10) == 0 ? admitted.plusYears(2) : null;
            LocalDate died = random.nextInt(30) == 0 && born.getYear() < 1950 ? LocalDate.of(2022, 3, 1) : null;
            members.row(i + 1, name, i % 3 == 0 ? born : DateFormats.format(born), female ? "Nữ" : "Nam",
                    random.nextInt(8) == 0 ? "Tày" : "Kinh", String.format("0%02d%d%08d", 1 + random.nextInt(90),
                            born.getYear() % 10, i), card, "Chi bộ thôn " + (1 + i % 40),
                    DateFormats.format(admitted), DateFormats.format(admitted.plusYears(1)),
                    random.nextInt(4) == 0 ? "Trung cấp" : null, transfer == null ? null : DateFormats.format(transfer),
                    transfer == null ? null : "Đảng bộ xã bên", died == null ? null : DateFormats.format(died),
                    i % 50 == 0 ? "Ghi chú dòng " + i : null);
            ratings.row(card, 2023, grades[random.nextInt(grades.length)]);
        }
        return book.write(file);
    }
}
