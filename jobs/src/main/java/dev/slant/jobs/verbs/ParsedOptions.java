package dev.slant.jobs.verbs;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A command line checked against a verb's {@link VerbOptions}: typed values with the declared defaults. Asking for an
 * option the verb did not declare is a programming error, so every option a verb reads is in its help.
 */
public final class ParsedOptions {
    private final VerbOptions declared;
    private final Map<String, String> values;
    private final List<String> positional;

    ParsedOptions(VerbOptions declared, Map<String, String> values, List<String> positional) {
        this.declared = declared;
        this.values = values;
        this.positional = positional;
    }

    /** Does the verb accept this option at all (stage options shared by verbs that take only some of them)? */
    public boolean declares(String name) {
        return declared.declares(name);
    }

    /** Was the option given on the command line (not just defaulted)? */
    public boolean has(String name) {
        declared.spec(name);
        return values.containsKey(name);
    }

    /** The given value, else the declared default (null when there is none). */
    public String text(String name) {
        OptionSpec s = declared.spec(name);
        return values.getOrDefault(name, s.defaultValue());
    }

    public String require(String name) {
        String v = text(name);
        if (v == null) {
            throw new UsageException("missing required option --" + name);
        }
        return v;
    }

    public boolean flag(String name) {
        OptionSpec s = expect(name, OptionSpec.Type.FLAG);
        return Boolean.parseBoolean(values.getOrDefault(name, s.defaultValue() == null ? "false" : s.defaultValue()));
    }

    public int integer(String name) {
        expect(name, OptionSpec.Type.INTEGER);
        return Integer.parseInt(require(name).trim());
    }

    public double number(String name) {
        expect(name, OptionSpec.Type.NUMBER);
        return Double.parseDouble(require(name).trim());
    }

    public List<String> positional() {
        return Collections.unmodifiableList(positional);
    }

    /** Every declared option's effective value (given or default), positional arguments under `args`: for `runs`. */
    public Map<String, String> asMap() {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (OptionSpec s : declared.options()) {
            String v = values.getOrDefault(s.name(), s.defaultValue());
            if (v != null && !s.name().equals("help")) {
                m.put(s.name(), v);
            }
        }
        if (!positional.isEmpty()) {
            m.put("args", String.join(" ", positional));
        }
        return m;
    }

    private OptionSpec expect(String name, OptionSpec.Type type) {
        OptionSpec s = declared.spec(name);
        if (s.type() != type) {
            throw new IllegalArgumentException("--" + name + " is declared " + s.type() + ", read as " + type);
        }
        return s;
    }
}
