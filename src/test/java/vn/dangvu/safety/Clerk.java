package vn.dangvu.safety;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import vn.dangvu.logic.Services;
import vn.dangvu.logic.importing.ImportPlan;
import vn.dangvu.logic.importing.ImportProgress;
import vn.dangvu.logic.importing.SpreadsheetMl;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.persistence.ServerAddress;
import vn.dangvu.logic.persistence.ServerRefusedException;
import vn.dangvu.logic.persistence.StaleRecordException;
import vn.dangvu.model.BranchKind;
import vn.dangvu.model.Member;
import vn.dangvu.model.MemberProfile;
import vn.dangvu.model.meeting.Meeting;
import vn.dangvu.model.meeting.MeetingKind;
import vn.dangvu.model.rating.RatingEntry;
import vn.dangvu.model.rating.RatingGrade;

/**
 * One clerk of {@link FiveClerksTest}, in a thread or in a process of its own ({@link ClerkWork}):
 * with the app's own services on its own connection pool, for a bounded time, it imports its
 * branch's list (first {@value #FIRST_IMPORT} new people, then smaller lists), edits the shared
 * people's records (each edit counts up the number in the note), rates people in a year of its
 * own and records its own branch's meetings, and writes down what was saved and what refused.
 */
final class Clerk {

    static final String SHARED_BRANCH = "Chi bộ thôn Nà Pàn";
    static final int FIRST_IMPORT = 300;
    static final int LATER_IMPORT = 30;
    /** The message of a refused stale edit, as the clerk has seen it since issue 8. */
    static final String STALE = " đã được sửa ở nơi khác sau khi bạn mở. Hãy mở lại rồi sửa tiếp.";

    private static final String[] FAMILIES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Bùi", "Đặng", "Hồ"};
    private static final String[] MIDDLES = {"Văn", "Thị", "Hữu", "Minh", "Ngọc", "Đức", "Thanh", "Quang", "Thu", "Xuân"};
    private static final String[] GIVENS = {"An", "Bình", "Cường", "Dung", "Giang", "Hà", "Khánh", "Lan", "Mai", "Nam"};

    private final int number;
    private final ClerkLog log;
    private final Random random;
    private final Path folder;

    Clerk(int number, Path folder) {
        this.number = number;
        this.folder = folder;
        this.log = new ClerkLog(number);
        this.random = new Random(21L * 31 + number);
    }

    /** The year this clerk rates in: each clerk its own, so that every rating saved is one row. */
    static int ratingYear(int clerk) {
        return 2000 + clerk;
    }

    static String meetingBranch(int clerk) {
        return "Chi bộ cơ quan số " + (clerk + 1);
    }

    static String importBranch(int clerk) {
        return "Chi bộ thôn Mới " + (clerk + 1);
    }

    /** Card numbers of clerk c's r-th list: 7, c, r (3 digits), row (3 digits). */
    static String cardPrefix(int clerk, int round) {
        return String.format("7%d%03d", clerk, round);
    }

    ClerkLog work(ServerAddress server, Duration duration, Runnable ready) {
        try (Database database = Database.openServer(folder.resolve("du-lieu"), server);
             Services services = Services.on(database, folder.resolve("du-lieu"))) {
            List<Long> shared = services.register().loadRegister().stream()
                    .filter(e -> e.cardNumber() != null && e.cardNumber().startsWith("6")).map(e -> e.id()).toList();
            long meetingBranch = services.branches().all().stream()
                    .filter(b -> b.name().equals(meetingBranch(number))).findFirst().orElseThrow().id();
            ready.run();
            importList(services, FIRST_IMPORT); // all clerks at the same moment
            long end = System.nanoTime() + duration.toNanos();
            while (System.nanoTime() < end) {
                int dice = random.nextInt(100);
                try {
                    if (dice < 60) {
                        edit(services, shared.get(random.nextInt(shared.size())));
                    } else if (dice < 80) {
                        rate(services, shared.get(random.nextInt(shared.size())));
                    } else if (dice < 95) {
                        meeting(services, meetingBranch);
                    } else {
                        importList(services, LATER_IMPORT);
                    }
                } catch (RuntimeException e) {
                    log.unexpected(e);
                }
            }
        } catch (RuntimeException e) {
            log.unexpected(e);
        }
        return log;
    }

    private void edit(Services services, long id) {
        Member member = services.register().loadMember(id).member();
        int count = member.profile().note() == null ? 0 : Integer.parseInt(member.profile().note());
        MemberProfile.Builder profile = member.profile().toBuilder();
        profile.note = String.valueOf(count + 1);
        pause(); // the clerk types: another may save the same record meanwhile
        Member edited = new Member(member.id(), member.version(), member.name(), member.sex(), member.birthDate(),
                member.ethnicity(), member.religion(), member.ids(), profile.build());
        try {
            services.register().updateMember(edited);
            log.edited(id);
        } catch (StaleRecordException e) {
            if (!e.getMessage().equals("Hồ sơ " + member.name().full() + STALE)) {
                throw e;
            }
            log.refused();
        } catch (ServerRefusedException e) {
            log.refused(); // a deadlock broken by the server: said in Vietnamese, nothing written
        }
    }

    private void rate(Services services, long id) {
        int year = ratingYear(number);
        RatingGrade grade = random.nextBoolean() ? RatingGrade.GOOD : RatingGrade.EXCELLENT;
        services.ratings().saveMembers(year, List.of(new RatingEntry(id, year, null, grade, null, null, null, null)),
                List.of(), "thư ký " + number);
        log.rated(id);
    }

    private void meeting(Services services, long branch) {
        LocalDate day = YearMonth.of(1960, 1).plusMonths(log.meetings()).atDay(5);
        services.meetings().save(new Meeting(null, 0, branch, MeetingKind.REGULAR, day, LocalTime.of(19, 30),
                LocalTime.of(21, 0), "Nhà văn hóa", null, null, null, null, null, null, null, List.of(), null, null,
                null, List.of()), "thư ký " + number);
        log.met();
    }

    private void importList(Services services, int rows) {
        int round = log.imports();
        Path file = workbook(round, rows);
        ImportPlan plan = services.importer().preview(file);
        if (plan.hasErrors()) {
            throw new IllegalStateException("list " + round + " of clerk " + number + ": " + plan.errors());
        }
        services.importer().apply(plan, "thư ký " + number, ImportProgress.NONE, () -> false);
        log.imported(cardPrefix(number, round), rows);
    }

    private Path workbook(int round, int rows) {
        SpreadsheetMl book = new SpreadsheetMl();
        SpreadsheetMl.Sheet members = book.sheet("Đảng viên");
        members.row("Họ và tên", "Ngày sinh", "Giới tính", "Số thẻ đảng viên", "Chi bộ", "Ngày vào Đảng",
                "Ngày chính thức");
        for (int i = 0; i < rows; i++) {
            int n = log.importedRows() + i; // this clerk's n-th person: a name and birth day nobody else has
            members.row(FAMILIES[number] + " " + MIDDLES[n / 10 % 10] + " " + GIVENS[n % 10],
                    LocalDate.of(1930, 1, 1).plusDays(n).toString(), "Nam",
                    cardPrefix(number, round) + String.format("%03d", i), importBranch(number), "01/02/2000",
                    "01/02/2001");
        }
        try {
            return book.write(Files.createDirectories(folder.resolve("danh-sach")).resolve("ds-" + round + ".xlsx"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void pause() {
        try {
            Thread.sleep(random.nextInt(4));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The clerks' shared setting: the branches they use and the shared people (card numbers 6…). */
    static void prepare(Services services, int clerks, int sharedPeople, Path folder) throws IOException {
        services.branches().create(SHARED_BRANCH, BranchKind.VILLAGE, LocalDate.of(1950, 1, 1));
        for (int c = 0; c < clerks; c++) {
            services.branches().create(meetingBranch(c), BranchKind.OFFICE, LocalDate.of(1950, 1, 1));
        }
        SpreadsheetMl book = new SpreadsheetMl();
        SpreadsheetMl.Sheet members = book.sheet("Đảng viên");
        members.row("Họ và tên", "Ngày sinh", "Giới tính", "Số thẻ đảng viên", "Chi bộ", "Ngày vào Đảng");
        for (int i = 0; i < sharedPeople; i++) {
            members.row("Đỗ " + MIDDLES[i / 10 % 10] + " " + GIVENS[i % 10], LocalDate.of(1945, 1, 1).plusDays(i).toString(), "Nữ",
                    String.format("6%07d", i), SHARED_BRANCH, "01/02/2000");
        }
        ImportPlan plan = services.importer().preview(book.write(folder.resolve("chung.xlsx")));
        services.importer().apply(plan, "văn phòng", ImportProgress.NONE, () -> false);
    }
}
