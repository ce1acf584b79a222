package vn.dangvu.cli;

import java.util.List;

/** One command of the command line (demo, import, stats, ...). */
public interface Command {

    /** The word that selects it: "demo". */
    String name();

    /** One usage line in Vietnamese, without the "java -jar dangvu.jar [--data DIR]" prefix. */
    String usage();

    /**
     * Runs the command. Throws {@link UsageException} for bad options.
     *
     * @return the exit code: 0 done, 1 the work failed (message on stderr)
     */
    int run(CommandContext context, List<String> args);
}
