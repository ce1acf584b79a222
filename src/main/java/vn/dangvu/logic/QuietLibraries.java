package vn.dangvu.logic;

import java.io.OutputStream;
import java.io.PrintStream;

/**
 * Keeps the libraries' logging setup notices off stderr, where they would end up in the command
 * line's output. POI logs through Log4j, jOOQ and poi-tl through SLF4J 1.7; neither has a
 * backend here. Log4j gets its simple logger (errors only); SLF4J's one-time notice that it
 * falls back to no logging is swallowed.
 */
public final class QuietLibraries {

    private static boolean installed;

    private QuietLibraries() {
    }

    /** Call before the first use of POI, poi-tl or jOOQ; later calls do nothing. */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory",
                    "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        PrintStream err = System.err;
        try {
            System.setErr(new PrintStream(OutputStream.nullOutputStream()));
            org.slf4j.LoggerFactory.getILoggerFactory();
        } finally {
            System.setErr(err);
        }
    }
}
