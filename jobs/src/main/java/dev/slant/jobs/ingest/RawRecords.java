package dev.slant.jobs.ingest;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The records as read, before any normalisation: one row per record of any input format, with where it came from
 * and, for a record that could not be read, why (`reason`) and what it looked like (`raw`).
 */
public final class RawRecords {
    public static final int RAW_CHARS = 500;

    public static final String MALFORMED_JSON = "malformed_json";
    public static final String WRONG_FIELD_COUNT = "wrong_field_count";
    public static final String UNTERMINATED_QUOTE = "unterminated_quote";
    public static final String EMPTY_TEXT = "empty_text";
    public static final String BINARY_FILE = "binary_file";
    public static final String NOT_UTF8 = "not_utf8";
    public static final String TOO_LARGE = "too_large";
    public static final String UNREADABLE = "unreadable";
    public static final String UNSUPPORTED_FORMAT = "unsupported_format";
    public static final String MISSING_HEADER = "missing_header";

    /** The article fields every reader fills, in schema order after input, position, reason, raw. */
    public static final String[] FIELDS = {"id", "source", "source_url", "url", "published", "title", "text", "topic",
        "bias_label"};

    /** Input field names (lower case) that mean one of {@link #FIELDS}. */
    public static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("id", "id"), Map.entry("article_id", "id"),
            Map.entry("source", "source"), Map.entry("outlet", "source"), Map.entry("publisher", "source"),
            Map.entry("source_name", "source"),
            Map.entry("source_url", "source_url"),
            Map.entry("url", "url"), Map.entry("link", "url"),
            Map.entry("published", "published"), Map.entry("date", "published"),
            Map.entry("published_at", "published"), Map.entry("publication_date", "published"),
            Map.entry("title", "title"), Map.entry("headline", "title"),
            Map.entry("text", "text"), Map.entry("content", "text"), Map.entry("body", "text"),
            Map.entry("topic", "topic"), Map.entry("bias_label", "bias_label"));

    public static final StructType SCHEMA;

    static {
        StructType s = new StructType()
                .add("input", DataTypes.StringType, false)
                .add("position", DataTypes.LongType, false)
                .add("reason", DataTypes.StringType, true)
                .add("raw", DataTypes.StringType, true);
        for (String f : FIELDS) {
            s = s.add(new StructField(f, DataTypes.StringType, true, org.apache.spark.sql.types.Metadata.empty()));
        }
        SCHEMA = s;
    }

    private RawRecords() {
    }

    /** A record that could not be read. */
    public static Row reject(String input, long position, String reason, String raw) {
        Object[] v = new Object[4 + FIELDS.length];
        v[0] = input;
        v[1] = position;
        v[2] = reason;
        v[3] = truncate(raw);
        return RowFactory.create(v);
    }

    /**
     * A record with its fields (indexed like {@link #FIELDS}); becomes a reject when its text is empty or over the
     * cap, since every later stage needs a text and a bounded one.
     */
    public static Row record(String input, long position, String[] fields, String raw, long maxBytes) {
        String text = fields[6];
        if (text == null || text.isBlank()) {
            return reject(input, position, EMPTY_TEXT, raw);
        }
        if (utf8Length(text) > maxBytes) {
            return reject(input, position, TOO_LARGE, raw);
        }
        Object[] v = new Object[4 + FIELDS.length];
        v[0] = input;
        v[1] = position;
        System.arraycopy(fields, 0, v, 4, FIELDS.length);
        return RowFactory.create(v);
    }

    static int fieldIndex(String alias) {
        String canonical = ALIASES.get(alias.trim().toLowerCase(java.util.Locale.ROOT));
        if (canonical == null) {
            return -1;
        }
        for (int i = 0; i < FIELDS.length; i++) {
            if (FIELDS[i].equals(canonical)) {
                return i;
            }
        }
        return -1;
    }

    static String truncate(String raw) {
        if (raw == null) {
            return null;
        }
        return raw.length() <= RAW_CHARS ? raw : raw.substring(0, RAW_CHARS) + "…";
    }

    static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    /** Bytes shown as text with control and undecodable bytes escaped, for the `raw` column of binary rejects. */
    static String printable(byte[] bytes, int length) {
        String s = new String(bytes, 0, Math.min(length, RAW_CHARS), StandardCharsets.ISO_8859_1);
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c >= 0x20 && c < 0x7f || c == '\n' || c == '\t') {
                b.append(c);
            } else {
                b.append(String.format("\\x%02x", (int) c));
            }
        }
        return b.toString();
    }
}
