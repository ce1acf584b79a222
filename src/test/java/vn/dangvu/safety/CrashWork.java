package vn.dangvu.safety;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import vn.dangvu.logic.QuietLibraries;
import vn.dangvu.logic.importing.MemberImportService;
import vn.dangvu.logic.importing.SpreadsheetMl;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.register.RegisterService;
import vn.dangvu.model.Member;
import vn.dangvu.model.MemberIds;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.Sex;

/**
 * The app's work that {@link CrashTest} kills with kill -9 (run in a child JVM): imports every
 * workbook of a folder (one transaction each; one already imported changes nothing), then saves
 * members with their events, until killed.
 */
public final class CrashWork {

    static final String BRANCH = "Chi bộ thôn Nà Pàn";
    /** Large enough that an import takes a few seconds here, so that kills land inside one. */
    static final int ROWS = 2000;
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Minh", "Ngọc", "Đức", "Thanh", "Quang", "Thu", "Xuân"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dung", "Giang", "Hà", "Khánh", "Lan", "Mai", "Nam"};

    private CrashWork() {
    }

    public static void main(String[] args) throws IOException {
        if (args[0].equals("open")) {
            open(Path.of(args[1]));
            return;
        }
        Path data = Path.of(args[0]);
        Path workbooks = Path.of(args[1]);
        try (Database database = Database.open(data)) {
            System.out.println("OPEN");
            System.out.flush();
            MemberImportService importer = new MemberImportService(database);
            List<Path> files;
            try (Stream<Path> listing = Files.list(workbooks)) {
                files = listing.sorted().toList();
            }
            RegisterService register = new RegisterService(database);
            int n = register.loadRegister().size();
            // saves between the imports, so that a kill lands in either, early and late
            for (Path file : files) {
                var plan = importer.preview(file);
                System.out.println("IMPORT " + file.getFileName());
                System.out.flush();
                importer.apply(plan, "crash", CrashWork::printProgress, () -> false);
                save(database, register, n++);
            }
            while (true) {
                save(database, register, n++);
            }
        }
    }

    /**
     * Opens (creating or upgrading) the data folder and nothing else. Flyway's line before each
     * migration is printed as "MIGRATE …", so that {@link CrashTest} can kill while that migration runs.
     */
    private static void open(Path data) {
        QuietLibraries.install();
        Logger flyway = Logger.getLogger("org.flywaydb");
        flyway.setLevel(Level.INFO);
        flyway.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                String message = record.getMessage();
                if (message != null && message.startsWith("Migrating schema")) {
                    System.out.println("MIGRATE " + message);
                    System.out.flush();
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        KEPT.add(flyway);
        Database.open(data).close();
        System.out.println("OPENED");
        System.out.flush();
    }

    /** Loggers are held weakly by java.util.logging: a collected one would forget its handler. */
    private static final List<Logger> KEPT = new java.util.ArrayList<>();

    /** "ROW done/total", inside the import's transaction: the test kills on one of these lines. */
    private static void printProgress(int done, int total) {
        System.out.println("ROW " + done + "/" + total);
        System.out.flush();
    }

    private static void save(Database database, RegisterService register, int n) {
        System.out.println("SAVE");
        System.out.flush();
        long branch = database.read(r -> r.branches().all()).stream().filter(b -> b.name().equals(BRANCH))
                .findFirst().orElseThrow().id();
        register.createMember(saved(n), List.of(
                MembershipEvent.of(MembershipEventType.ADMITTED, LocalDate.of(2010, 5, 19), branch),
                MembershipEvent.of(MembershipEventType.RECOGNIZED_OFFICIAL, LocalDate.of(2011, 5, 19), null)),
                "crash");
    }

    /** A member saved one by one: card numbers 9xxxxxxx; born before 1970, old enough for the 2010 admission. */
    private static Member saved(int n) {
        return new Member(null, 0, name(n), Sex.MALE, LocalDate.of(1950, 1, 1).plusDays(n % 7000), "Kinh", null,
                new MemberIds(String.format("9%07d", n), null, null), null);
    }

    static PersonName name(int n) {
        return new PersonName(FAMILY[n % 10], MIDDLE[n / 10 % 10], GIVEN[n / 100 % 10]);
    }

    /** Workbook w: {@value #ROWS} new members with card numbers (w+1)xxxxxxx... as 8 digits "0w" + 6. */
    static Path workbook(Path folder, int w) throws IOException {
        SpreadsheetMl book = new SpreadsheetMl();
        SpreadsheetMl.Sheet members = book.sheet("Đảng viên");
        members.row("STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số thẻ đảng viên", "Chi bộ", "Ngày vào Đảng",
                "Ngày chính thức");
        for (int i = 0; i < ROWS; i++) {
            members.row(i + 1, name(i).full(), LocalDate.of(1940, 1, 1).plusDays(w * 2_500L + i), "Nam",
                    cardPrefix(w) + String.format("%06d", i), BRANCH, "01/02/2000", "01/02/2001");
        }
        book.sheet("Chi bộ").row("Tên chi bộ", "Loại").row(BRANCH, "Thôn");
        return book.write(folder.resolve(String.format("ds-%02d.xlsx", w)));
    }

    static String cardPrefix(int w) {
        return String.format("%02d", w + 10);
    }
}
