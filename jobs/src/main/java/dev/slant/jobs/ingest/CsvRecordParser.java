package dev.slant.jobs.ingest;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Streaming RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. Spark's own CSV source
 * pads or drops fields when a row has the wrong count, so Slant reads CSV itself to reject such rows instead.
 */
public final class CsvRecordParser {
    private static final int RAW_KEEP = 2_000;

    private final Reader in;
    private final char delimiter;
    private long line = 1;
    private long recordLine;
    private boolean unterminatedQuote;
    private final StringBuilder raw = new StringBuilder();
    private int pushedBack = -2;
    private boolean lastKept;

    public CsvRecordParser(Reader in, char delimiter) {
        this.in = in;
        this.delimiter = delimiter;
    }

    /** Next record's fields, or null at the end. Blank lines are not records. */
    public List<String> next() throws IOException {
        while (true) {
            raw.setLength(0);
            unterminatedQuote = false;
            recordLine = line;
            int c = read();
            if (c == -1) {
                return null;
            }
            if (c == '\n' || c == '\r') {
                consumeLineEnd(c);
                continue;
            }
            unread(c);
            return readRecord();
        }
    }

    /** Line (1-based) where the last record began: what a person opening the file looks for. */
    public long recordLine() {
        return recordLine;
    }

    /** The last record as written in the file (cut after a few thousand characters). */
    public String raw() {
        return raw.toString();
    }

    /** Whether the last record ended inside a quoted field (the file ended first). */
    public boolean unterminatedQuote() {
        return unterminatedQuote;
    }

    private List<String> readRecord() throws IOException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean afterQuote = false;
        while (true) {
            int c = read();
            if (c == -1) {
                unterminatedQuote = quoted;
                fields.add(field.toString());
                return fields;
            }
            if (quoted) {
                if (c == '"') {
                    int n = read();
                    if (n == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        afterQuote = true;
                        unread(n);
                    }
                } else {
                    if (c == '\n' || (c == '\r')) {
                        if (c == '\r') {
                            int n = read();
                            if (n != '\n') {
                                unread(n);
                            }
                        }
                        line++;
                        field.append('\n');
                    } else {
                        field.append((char) c);
                    }
                }
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                afterQuote = false;
            } else if (c == '\n' || c == '\r') {
                consumeLineEnd(c);
                fields.add(field.toString());
                return fields;
            } else if (c == '"' && field.length() == 0 && !afterQuote) {
                quoted = true;
            } else {
                field.append((char) c);
            }
        }
    }

    private void consumeLineEnd(int c) throws IOException {
        if (c == '\r') {
            int n = read();
            if (n != '\n') {
                unread(n);
            }
        }
        line++;
    }

    private int read() throws IOException {
        int c;
        if (pushedBack != -2) {
            c = pushedBack;
            pushedBack = -2;
        } else {
            c = in.read();
        }
        lastKept = c >= 0 && raw.length() < RAW_KEEP;
        if (lastKept) {
            raw.append((char) c);
        }
        return c;
    }

    private void unread(int c) {
        pushedBack = c;
        if (lastKept) {
            raw.setLength(raw.length() - 1);
            lastKept = false;
        }
    }
}
