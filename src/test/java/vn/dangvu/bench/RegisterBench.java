package vn.dangvu.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import vn.dangvu.ui.AppContext;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.ui.ScriptedDialogs;
import vn.dangvu.ui.SynchronousBackground;
import vn.dangvu.ui.register.RegisterViewModel;

/**
 * First measurement of the register on a demo database (the full harness comes later): the
 * register screen's own view model, driven as the clerk drives it, without the window. Run:
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dmain.class=vn.dangvu.bench.RegisterBench -Dexec.args=DIR}
 */
public final class RegisterBench {

    private static final String TYPED = "nguyen van duc";

    private RegisterBench() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        long start = System.nanoTime();
        try (Database db = Database.open(folder)) {
            System.out.printf("mở CSDL (lần đầu, gồm kiểm tra migration) %d ms%n", ms(start));
            for (int run = 1; run <= 3; run++) {
                System.out.println("Lần chạy " + run + ":");
                measure(db);
            }
        }
    }

    private static void measure(Database db) {
        RegisterViewModel register = new RegisterViewModel(AppContext.on(db, new SynchronousBackground(),
                new ScriptedDialogs(), "bench"));
        long t = System.nanoTime();
        register.load();
        System.out.printf("  tải sổ (%,d người, dựng dòng ngày hôm nay, lọc đảng số) %d ms%n",
                register.totalPeople(), ms(t));
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.out.printf("  heap sau khi tải %d MB%n", (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));

        long worst = 0;
        for (int i = 1; i <= TYPED.length(); i++) {
            long k = System.nanoTime();
            register.queryProperty().set(TYPED.substring(0, i));
            register.lines().size();
            worst = Math.max(worst, System.nanoTime() - k);
        }
        System.out.printf("  gõ \"%s\" từng phím: chậm nhất %.1f ms/phím, còn %,d dòng%n", TYPED, worst / 1e6,
                register.lines().size());
        t = System.nanoTime();
        register.queryProperty().set("");
        System.out.printf("  xóa ô tìm (hiện lại đảng số, %,d dòng) %d ms%n", register.lines().size(), ms(t));
        t = System.nanoTime();
        register.asOfProperty().set(LocalDate.of(2000, 1, 1));
        System.out.printf("  đổi ngày xem sang 01/01/2000 (%,d dòng) %d ms%n", register.lines().size(), ms(t));
        register.asOfProperty().set(LocalDate.now());
    }

    private static long ms(long from) {
        return (System.nanoTime() - from) / 1_000_000;
    }
}
