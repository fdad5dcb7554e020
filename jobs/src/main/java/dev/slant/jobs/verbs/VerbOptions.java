package dev.slant.jobs.verbs;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Everything a verb accepts: a usage line, a description and its options. Parsing checks a command line against the
 * declaration (an unknown option is an error naming the closest declared one; a value of the wrong type is an error
 * too) and `--help` is generated from the same declaration, so the two cannot drift apart.
 */
public final class VerbOptions {
    /** Accepted by every verb. */
    public static final OptionSpec HELP = OptionSpec.flag("help", "print this help and exit");
    private static final int HELP_COLUMN = 26;
    private static final int WIDTH = 116;

    private final String usage;
    private final String description;
    private final Map<String, OptionSpec> options;
    private final Map<String, OldSpelling> oldSpellings;
    private final String footer;

    private VerbOptions(Builder b) {
        this.usage = b.usage;
        this.description = b.description;
        this.options = b.options;
        this.oldSpellings = b.oldSpellings;
        this.footer = b.footer;
    }

    /**
     * A spelling kept working for old command lines: {@code newName} picks the declared option the value goes to
     * (it may look at the value, e.g. a file means a registry), and a warning says what to write instead.
     */
    public record OldSpelling(String name, UnaryOperator<String> newName) {
    }

    public static Builder builder(String usage) {
        return new Builder(usage);
    }

    public Collection<OptionSpec> options() {
        return options.values();
    }

    public boolean declares(String name) {
        return options.containsKey(name);
    }

    OptionSpec spec(String name) {
        OptionSpec s = options.get(name);
        if (s == null) {
            throw new IllegalArgumentException("option --" + name + " is not declared by this verb");
        }
        return s;
    }

    /** Parses with warnings (old spellings) printed to stderr. */
    public ParsedOptions parse(String... args) {
        return parse(args, w -> System.err.println("slant: warning: " + w));
    }

    /** `--name value`, `--name=value`, `--flag` and positional arguments, checked against the declaration. */
    public ParsedOptions parse(String[] args, Consumer<String> warnings) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-h")) {
                a = "--help";
            }
            if (!a.startsWith("--") || a.length() == 2) {
                positional.add(a);
                continue;
            }
            String name = a.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq > 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            OldSpelling old = options.containsKey(name) ? null : oldSpellings.get(name);
            OptionSpec spec = old != null ? null : options.get(name);
            if (old == null && spec == null) {
                throw new UsageException("unknown option --" + name + "; did you mean --" + closest(name) + "?");
            }
            boolean needsValue = old != null || spec.takesValue();
            if (value == null && needsValue) {
                if (i + 1 >= args.length) {
                    throw new UsageException("option --" + name + " needs a value");
                }
                value = args[++i];
            }
            if (old != null) {
                String target = old.newName().apply(value);
                warnings.accept("--" + name + " is an old spelling: read '" + value + "' as --" + target
                        + "; write --" + target + " " + value + " to silence this warning");
                name = target;
                spec = spec(target);
            }
            values.put(name, spec.checked(value == null ? "true" : value));
        }
        return new ParsedOptions(this, values, positional);
    }

    /** The declared name nearest to a mistyped one (edit distance; ties go to the earlier declaration). */
    String closest(String name) {
        return options.keySet().stream().min(Comparator.comparingInt(n -> editDistance(name, n))).orElse("help");
    }

    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(substitute, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** The verb's `--help`: usage, description, then every option with its default. */
    public String help(String verb) {
        StringBuilder sb = new StringBuilder("usage: ./slant ").append(verb).append(' ').append(usage).append('\n');
        if (!description.isBlank()) {
            sb.append('\n').append(description.strip()).append('\n');
        }
        sb.append("\noptions:\n");
        for (OptionSpec o : options.values()) {
            String text = o.help() + (o.defaultValue() == null ? "" : " (default " + o.defaultValue() + ")");
            String head = "  " + o.synopsis();
            sb.append(head.length() >= HELP_COLUMN ? head + "\n" + " ".repeat(HELP_COLUMN)
                    : head + " ".repeat(HELP_COLUMN - head.length()));
            sb.append(wrap(text)).append('\n');
        }
        if (!oldSpellings.isEmpty()) {
            sb.append("\nold spellings still read (with a warning): ");
            sb.append(String.join(", ", oldSpellings.keySet().stream().map(n -> "--" + n).toList())).append('\n');
        }
        if (!footer.isBlank()) {
            sb.append('\n').append(footer.strip()).append('\n');
        }
        return sb.toString();
    }

    private static String wrap(String text) {
        StringBuilder out = new StringBuilder();
        int col = HELP_COLUMN;
        for (String word : text.split(" ")) {
            if (col > HELP_COLUMN && col + 1 + word.length() > WIDTH) {
                out.append('\n').append(" ".repeat(HELP_COLUMN));
                col = HELP_COLUMN;
            } else if (col > HELP_COLUMN) {
                out.append(' ');
                col++;
            }
            out.append(word);
            col += word.length();
        }
        return out.toString();
    }

    public static final class Builder {
        private final String usage;
        private String description = "";
        private String footer = "";
        private final Map<String, OptionSpec> options = new LinkedHashMap<>();
        private final Map<String, OldSpelling> oldSpellings = new LinkedHashMap<>();

        private Builder(String usage) {
            this.usage = usage;
        }

        public Builder description(String text) {
            this.description = text;
            return this;
        }

        /** Text after the options (exit codes, examples). */
        public Builder footer(String text) {
            this.footer = text;
            return this;
        }

        /**
         * Adds options. A stage's options shared by several verbs (run takes ingest's, quotes' and compare's) may
         * bring a name already added: the same option is kept once; two different options under one name are a
         * programming error.
         */
        public Builder add(OptionSpec... specs) {
            return add(List.of(specs));
        }

        public Builder add(List<OptionSpec> specs) {
            for (OptionSpec s : specs) {
                OptionSpec before = options.putIfAbsent(s.name(), s);
                if (before != null && before.type() != s.type()) {
                    throw new IllegalStateException("two options named --" + s.name() + ": " + before + " and " + s);
                }
            }
            return this;
        }

        /** Every option and old spelling of another declaration (a verb group accepts its sub-verbs' options). */
        public Builder include(VerbOptions other) {
            add(List.copyOf(other.options.values()));
            other.oldSpellings.values().forEach(o -> oldSpellings.putIfAbsent(o.name(), o));
            return this;
        }

        public Builder oldSpelling(String name, UnaryOperator<String> newName) {
            oldSpellings.put(name, new OldSpelling(name, newName));
            return this;
        }

        public VerbOptions build() {
            add(HELP);
            return new VerbOptions(this);
        }
    }
}
