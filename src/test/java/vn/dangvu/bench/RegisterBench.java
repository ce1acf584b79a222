package vn.dangvu.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.dangvu.logic.RegisterService;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.model.RegisterEntry;
import vn.dangvu.model.RegisterFilter;
import vn.dangvu.model.RegisterRow;

/**
 * First measurement of the register on a demo database (the full harness comes later):
 * what the register screen does, without the window. Run:
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=vn.dangvu.bench.RegisterBench -Dexec.args=DIR}
 */
public final class RegisterBench {

    private RegisterBench() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        for (int run = 1; run <= 3; run++) {
            System.out.println("Lần chạy " + run + ":");
            measure(folder);
        }
    }

    private static void measure(Path folder) {
        long t0 = System.nanoTime();
        List<RegisterEntry> entries;
        try (Database db = Database.open(folder)) {
            long opened = System.nanoTime();
            entries = new RegisterService(db).loadRegister();
            long loaded = System.nanoTime();
            System.out.printf("  mở CSDL %d ms, tải %,d người %d ms%n", ms(t0, opened), entries.size(), ms(opened, loaded));
        }
        long t1 = System.nanoTime();
        List<RegisterRow> rows = rowsOn(entries, LocalDate.now());
        System.out.printf("  dựng sổ ngày hôm nay %d ms%n", ms(t1, System.nanoTime()));
        long t2 = System.nanoTime();
        rowsOn(entries, LocalDate.of(2000, 1, 1));
        System.out.printf("  đổi ngày xem sang 01/01/2000 %d ms%n", ms(t2, System.nanoTime()));
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.out.printf("  heap sau khi tải %d MB%n", (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
        String typed = "nguyen van duc";
        long worst = 0;
        int found = 0;
        for (int i = 1; i <= typed.length(); i++) {
            long k = System.nanoTime();
            RegisterFilter filter = RegisterFilter.ALL_IN_STRENGTH.withQuery(typed.substring(0, i));
            found = 0;
            for (RegisterRow row : rows) {
                if (filter.test(row)) {
                    found++;
                }
            }
            worst = Math.max(worst, System.nanoTime() - k);
        }
        System.out.printf("  gõ \"%s\" từng phím: chậm nhất %.1f ms/phím, tìm thấy %,d%n", typed, worst / 1e6, found);
    }

    private static List<RegisterRow> rowsOn(List<RegisterEntry> entries, LocalDate day) {
        List<RegisterRow> rows = new ArrayList<>(entries.size());
        for (RegisterEntry entry : entries) {
            rows.add(entry.on(day));
        }
        return rows;
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
