package vn.dangvu.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dangvu.cli.backup.BackupCommand;
import vn.dangvu.cli.backup.RestoreCommand;
import vn.dangvu.cli.backup.VerifyBackupCommand;
import vn.dangvu.cli.badge.BadgesCommand;
import vn.dangvu.cli.bench.BenchCommand;
import vn.dangvu.cli.demo.DemoCommand;
import vn.dangvu.cli.due.DueCommand;
import vn.dangvu.cli.importing.ImportCommand;
import vn.dangvu.cli.meeting.MinutesCommand;
import vn.dangvu.cli.rating.RatingsCommand;
import vn.dangvu.cli.stats.StatsCommand;
import vn.dangvu.logic.ServerSettings;
import vn.dangvu.logic.persistence.DataFolderInUseException;
import vn.dangvu.logic.persistence.ServerAddress;

/** Dispatches "java -jar dangvu.jar [--data DIR] COMMAND ..." to its command. */
public final class CommandLine {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private final Map<String, Command> commands = new LinkedHashMap<>();

    public CommandLine(List<Command> commands) {
        commands.forEach(c -> this.commands.put(c.name(), c));
    }

    /** The commands of this release. */
    public static CommandLine standard() {
        return new CommandLine(List.of(new DemoCommand(), new ImportCommand(), new StatsCommand(), new RatingsCommand(),
                new MinutesCommand(), new DueCommand(), new BadgesCommand(), new BenchCommand(), new BackupCommand(),
                new RestoreCommand(), new VerifyBackupCommand()));
    }

    /** @param args the arguments after the global options; the first is the command */
    public int run(Path dataFolder, List<String> args, PrintStream out, PrintStream err) {
        return run(dataFolder, args, out, err, System.getenv());
    }

    /** @param environment where the password of encrypted data is looked up (see {@link CommandContext}) */
    public int run(Path dataFolder, List<String> args, PrintStream out, PrintStream err,
                   java.util.Map<String, String> environment) {
        return run(dataFolder, null, args, out, err, environment);
    }

    /** @param server the PostgreSQL server holding the data, or null for the data folder's file */
    public int run(Path dataFolder, ServerAddress server, List<String> args, PrintStream out, PrintStream err,
                   java.util.Map<String, String> environment) {
        if (!args.isEmpty() && List.of("--help", "-h", "help").contains(args.get(0))) {
            printUsage(out);
            return OK;
        }
        Command command = args.isEmpty() ? null : commands.get(args.get(0));
        if (command == null) {
            err.println(args.isEmpty() ? "Thiếu lệnh." : "Không có lệnh \"" + args.get(0) + "\".");
            printUsage(err);
            return USAGE;
        }
        try {
            return command.run(new CommandContext(dataFolder, server, out, err, environment), args.subList(1, args.size()));
        } catch (UsageException e) {
            err.println(e.getMessage());
            printUsage(err);
            return USAGE;
        } catch (DataFolderInUseException e) {
            err.println(e.getMessage());
            return FAILED;
        } catch (RuntimeException e) {
            err.println("Lỗi: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return FAILED;
        }
    }

    public void printUsage(PrintStream err) {
        err.println("Cách dùng:");
        err.println("  java -jar dangvu.jar [--data THƯ_MỤC]            mở cửa sổ Đảng Vụ");
        err.println("  java -jar dangvu.jar [--data THƯ_MỤC] --startup-probe");
        err.println("      mở cửa sổ, in số mili giây từ lúc chạy đến khi màn hình đầu tiên hiện ra, rồi thoát");
        for (Command command : commands.values()) {
            err.println("  java -jar dangvu.jar [--data THƯ_MỤC] " + command.usage());
        }
        err.println("--data THƯ_MỤC: thư mục dữ liệu (mặc định: thư mục dữ liệu của người dùng).");
        err.println("--db-url jdbc:postgresql://MÁY/TÊN [--db-user TÊN] [--db-password MẬT_KHẨU]: dữ liệu dùng chung"
                + " trên máy chủ PostgreSQL (mật khẩu cũng có thể đặt trong biến môi trường "
                + ServerSettings.PASSWORD_ENV + ").");
        err.println("Dữ liệu có mật khẩu: đặt biến môi trường " + CommandContext.PASSWORD_FILE
                + " (tệp chứa mật khẩu) hoặc " + CommandContext.PASSWORD + ".");
    }
}
