package vn.dangvu.logic;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the libraries' logging setup notices off stderr, where they would end up in the command
 * line's output. POI logs through Log4j, jOOQ and poi-tl through SLF4J 1.7; neither has a
 * backend here. Log4j gets its simple logger (errors only); SLF4J's one-time notice that it
 * falls back to no logging is swallowed. Flyway's and jOOQ's routine messages (and jOOQ's banner)
 * would clutter the command line; Flyway's two standing warnings (H2 newer than it was verified
 * with; out-of-order mode, chosen on purpose) too: its failures arrive as exceptions, with a
 * Vietnamese message.
 */
public final class QuietLibraries {

    private static boolean installed;
    /** Held: java.util.logging keeps loggers weakly, and a collected one forgets its level. */
    private static Logger flyway;
    private static Logger jooq;

    private QuietLibraries() {
    }

    /** Call before the first use of POI, poi-tl, Flyway or jOOQ; later calls do nothing. */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        flyway = quiet("org.flywaydb", Level.SEVERE);
        jooq = quiet("org.jooq", Level.WARNING);
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory",
                    "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        PrintStream err = System.err;
        try {
            System.setErr(new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8));
            org.slf4j.LoggerFactory.getILoggerFactory();
        } finally {
            System.setErr(err);
        }
    }

    private static Logger quiet(String name, Level level) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(level);
        return logger;
    }
}
