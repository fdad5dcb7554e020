package dev.slant.jobs.verbs;

import java.util.Locale;

/**
 * One option of a verb, declared once: its name, the type of its value, its default and its help line. The verb's
 * `--help` is generated from these, and the parser checks every command line against them.
 *
 * @param valueName    what the help shows after the name (DIR, N, A,B); null for a flag
 * @param defaultValue the value when the option is not given, as text; null when there is none (or it is computed, in
 *                     which case the help says so)
 */
public record OptionSpec(String name, Type type, String valueName, String defaultValue, String help) {
    public enum Type { FLAG, TEXT, INTEGER, NUMBER }

    public OptionSpec {
        if (!name.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("option names are lower-case words joined by '-', not " + name);
        }
    }

    /** An option that takes no value: present means true. */
    public static OptionSpec flag(String name, String help) {
        return new OptionSpec(name, Type.FLAG, null, null, help);
    }

    public static OptionSpec text(String name, String valueName, String defaultValue, String help) {
        return new OptionSpec(name, Type.TEXT, valueName, defaultValue, help);
    }

    public static OptionSpec integer(String name, Integer defaultValue, String help) {
        return new OptionSpec(name, Type.INTEGER, "N", defaultValue == null ? null : defaultValue.toString(), help);
    }

    public static OptionSpec number(String name, Double defaultValue, String help) {
        return new OptionSpec(name, Type.NUMBER, "X", defaultValue == null ? null : defaultValue.toString(), help);
    }

    public boolean takesValue() {
        return type != Type.FLAG;
    }

    /** The value as given, if it has the declared type; else a usage error naming the option and the type. */
    String checked(String value) {
        String v = value.trim();
        try {
            switch (type) {
                case INTEGER -> Integer.parseInt(v);
                case NUMBER -> Double.parseDouble(v);
                case FLAG -> {
                    if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
                        throw new UsageException("--" + name + " takes no value (or =true, =false), got '" + value
                                + "'");
                    }
                    return v.toLowerCase(Locale.ROOT);
                }
                case TEXT -> {
                    return value;
                }
            }
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " takes " + (type == Type.INTEGER ? "a whole number" : "a number")
                    + ", got '" + value + "'");
        }
        return v;
    }

    /** `--name VALUE` as the help and the usage line show it. */
    public String synopsis() {
        return "--" + name + (valueName == null ? "" : " " + valueName);
    }
}
