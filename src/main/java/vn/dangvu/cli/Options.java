package vn.dangvu.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** "--name value" and "--flag" options of one command, checked against what it accepts. */
public final class Options {

    private final Map<String, String> values = new HashMap<>();
    private final List<String> positional = new ArrayList<>();

    private Options() {
    }

    /**
     * @param withValue options that take a value
     * @param flags     options without a value
     */
    public static Options parse(List<String> args, Set<String> withValue, Set<String> flags) {
        Options options = new Options();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (withValue.contains(arg)) {
                if (i + 1 >= args.size()) {
                    throw new UsageException("Thiếu giá trị sau " + arg + ".");
                }
                options.values.put(arg, args.get(++i));
            } else if (flags.contains(arg)) {
                options.values.put(arg, "");
            } else if (arg.startsWith("--")) {
                throw new UsageException("Không hiểu tùy chọn " + arg + ".");
            } else {
                options.positional.add(arg);
            }
        }
        return options;
    }

    public String value(String name) {
        return values.get(name);
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public String required(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new UsageException("Thiếu tùy chọn " + name + ".");
        }
        return value;
    }

    public int positiveInt(String name) {
        String value = required(name);
        try {
            int number = Integer.parseInt(value);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new UsageException(name + " phải là một số nguyên dương, không phải \"" + value + "\".");
    }

    public int nonNegativeInt(String name) {
        String value = required(name);
        if (value.equals("0")) {
            return 0;
        }
        try {
            return positiveInt(name);
        } catch (UsageException e) {
            throw new UsageException(name + " phải là một số nguyên không âm, không phải \"" + value + "\".");
        }
    }

    /** A date written YYYY-MM-DD, or null when the option is absent. */
    public java.time.LocalDate isoDate(String name) {
        String value = values.get(name);
        if (value == null) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new UsageException(name + " phải là ngày dạng YYYY-MM-DD, không phải \"" + value + "\".");
        }
    }

    public List<String> positional() {
        return positional;
    }
}
