package dev.slant.jobs.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parsed command line: `--key value`, `--flag`, and positional arguments. Which names are flags (take no value) is
 * declared by the caller, so `--count-syndicated input.jsonl` is not misread.
 */
public final class Options {
    private final Map<String, List<String>> values = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();

    private Options() {
    }

    public static Options parse(String[] args, Set<String> flags) {
        Options o = new Options();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("--") && a.length() > 2) {
                String key = a.substring(2);
                String value;
                int eq = key.indexOf('=');
                if (eq > 0) {
                    value = key.substring(eq + 1);
                    key = key.substring(0, eq);
                } else if (flags.contains(key)) {
                    value = "true";
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    throw new UsageException("option --" + key + " needs a value");
                }
                o.values.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            } else {
                o.positional.add(a);
            }
        }
        return o;
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    public boolean flag(String key) {
        return has(key) && !"false".equalsIgnoreCase(get(key, "true"));
    }

    public String get(String key, String fallback) {
        List<String> v = values.get(key);
        return v == null || v.isEmpty() ? fallback : v.get(v.size() - 1);
    }

    public String require(String key) {
        String v = get(key, null);
        if (v == null) {
            throw new UsageException("missing required option --" + key);
        }
        return v;
    }

    public int getInt(String key, int fallback) {
        String v = get(key, null);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + key + " takes a whole number, got '" + v + "'");
        }
    }

    public double getDouble(String key, double fallback) {
        String v = get(key, null);
        if (v == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + key + " takes a number, got '" + v + "'");
        }
    }

    public List<String> all(String key) {
        return values.getOrDefault(key, Collections.emptyList());
    }

    public List<String> positional() {
        return Collections.unmodifiableList(positional);
    }

    /** Every option as given (the last value of a repeated one), positional arguments under `args`: for `runs`. */
    public Map<String, String> asMap() {
        Map<String, String> m = new LinkedHashMap<>();
        values.forEach((k, v) -> m.put(k, v.get(v.size() - 1)));
        if (!positional.isEmpty()) {
            m.put("args", String.join(" ", positional));
        }
        return m;
    }

    /** A mistake in the command line: printed with the verb's help, exit code 2. */
    public static final class UsageException extends RuntimeException {
        public UsageException(String message) {
            super(message);
        }
    }
}
