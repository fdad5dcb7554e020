package dev.slant.jobs.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;

/**
 * Reads one input file into {@link RawRecords} rows, inside a Spark task. Every failure becomes a reject row (a bad
 * line, a bad file), never an exception that would kill the job. Large files are streamed, never held whole.
 */
public final class InputReaders {
    private static final int SNIFF_BYTES = 8_192;
    private static final ObjectMapper JSON = new ObjectMapper();

    private InputReaders() {
    }

    public static Iterator<Row> read(InputFile file, long maxBytes) {
        return switch (file.kind()) {
            case JSON_LINES -> new JsonLines(file.path(), maxBytes);
            case CSV -> new Csv(file.path(), ',', maxBytes);
            case TSV -> new Csv(file.path(), '\t', maxBytes);
            case TEXT -> Collections.singletonList(readText(file.path(), maxBytes)).iterator();
            case MISSING -> Collections.singletonList(
                    RawRecords.reject(file.path(), 0, RawRecords.UNREADABLE, "no such file or folder")).iterator();
            case UNSUPPORTED -> Collections.singletonList(RawRecords.reject(file.path(), 0,
                    RawRecords.UNSUPPORTED_FORMAT, "not .jsonl/.json/.csv/.tsv/.txt (optionally .gz)")).iterator();
        };
    }

    /** Opens a file (through gzip when named .gz), positioned at its start, or throws. */
    static BufferedInputStream open(String path) throws IOException {
        Path p = new Path(path);
        FileSystem fs = p.getFileSystem(new Configuration());
        InputStream in = fs.open(p);
        if (path.toLowerCase(java.util.Locale.ROOT).endsWith(".gz")) {
            in = new GZIPInputStream(in, 65_536);
        }
        return new BufferedInputStream(in, 65_536);
    }

    /** The first bytes of a stream (left unread) when they hold a NUL, which no text format has; else null. */
    static byte[] binaryHead(BufferedInputStream in) throws IOException {
        in.mark(SNIFF_BYTES);
        byte[] head = in.readNBytes(SNIFF_BYTES);
        in.reset();
        for (byte b : head) {
            if (b == 0) {
                return head;
            }
        }
        return null;
    }

    static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    static Row readText(String path, long maxBytes) {
        try {
            Path p = new Path(path);
            FileSystem fs = p.getFileSystem(new Configuration());
            long size = fs.getFileStatus(p).getLen();
            byte[] bytes;
            try (BufferedInputStream in = open(path)) {
                byte[] head = binaryHead(in);
                if (head != null) {
                    return RawRecords.reject(path, 0, RawRecords.BINARY_FILE, RawRecords.printable(head, head.length));
                }
                if (size > maxBytes) {
                    byte[] start = in.readNBytes(RawRecords.RAW_CHARS);
                    return RawRecords.reject(path, 0, RawRecords.TOO_LARGE,
                            size + " bytes: " + new String(start, StandardCharsets.UTF_8));
                }
                bytes = in.readAllBytes();
            }
            String text;
            try {
                text = strictUtf8().decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                return RawRecords.reject(path, 0, RawRecords.NOT_UTF8, RawRecords.printable(bytes, bytes.length));
            }
            text = ArticleText.clean(text);
            String[] f = new String[RawRecords.FIELDS.length];
            f[6] = text;
            String sidecarPath = path.replaceFirst("(?i)\\.txt(\\.gz)?$", ".meta.json");
            Path sidecar = new Path(sidecarPath);
            if (fs.exists(sidecar)) {
                String meta;
                try (InputStream in = fs.open(sidecar)) {
                    meta = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                try {
                    fill(f, JSON.readTree(meta));
                    f[6] = text;
                } catch (IOException | ClassCastException e) {
                    return RawRecords.reject(sidecarPath, 0, RawRecords.MALFORMED_JSON, meta);
                }
            }
            if (f[5] == null) {
                f[5] = ArticleText.firstLine(text);
            }
            return RawRecords.record(path, 1, f, text, maxBytes);
        } catch (IOException | RuntimeException e) {
            return RawRecords.reject(path, 0, RawRecords.UNREADABLE, String.valueOf(e));
        }
    }

    /** Copies a JSON object's fields (under any alias) into {@code f}; false when it is not an object. */
    static boolean fill(String[] f, JsonNode node) {
        if (node == null || !node.isObject()) {
            return false;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            int i = RawRecords.fieldIndex(e.getKey());
            if (i < 0 || e.getValue().isNull() || (f[i] != null && !f[i].isEmpty())) {
                continue;
            }
            JsonNode v = e.getValue();
            if (v.isObject() && v.has("name")) {
                v = v.get("name");
            }
            f[i] = v.isValueNode() ? v.asText() : v.toString();
        }
        return true;
    }

    /** Lazily produced rows; subclasses fill {@link #pending} in {@link #advance()}. */
    private abstract static class Lazy implements Iterator<Row> {
        final List<Row> pending = new ArrayList<>();
        boolean done;

        abstract void advance();

        @Override
        public boolean hasNext() {
            while (pending.isEmpty() && !done) {
                advance();
            }
            return !pending.isEmpty();
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return pending.remove(0);
        }
    }

    /** One JSON object per line; position = line number. Lines are checked as UTF-8 one by one. */
    private static final class JsonLines extends Lazy {
        private final String path;
        private final long maxBytes;
        private BufferedInputStream in;
        private long line;
        private final ByteArrayOutputStream buf = new ByteArrayOutputStream(16_384);
        private final CharsetDecoder utf8 = strictUtf8();

        JsonLines(String path, long maxBytes) {
            this.path = path;
            this.maxBytes = maxBytes;
        }

        @Override
        void advance() {
            try {
                if (in == null) {
                    in = open(path);
                    byte[] head = binaryHead(in);
                    if (head != null) {
                        finish(RawRecords.reject(path, 0, RawRecords.BINARY_FILE,
                                RawRecords.printable(head, head.length)));
                        return;
                    }
                }
                if (!readLine()) {
                    finish(null);
                    return;
                }
                line++;
                String text;
                try {
                    text = utf8.decode(ByteBuffer.wrap(buf.toByteArray())).toString();
                } catch (CharacterCodingException e) {
                    byte[] b = buf.toByteArray();
                    pending.add(RawRecords.reject(path, line, RawRecords.NOT_UTF8, RawRecords.printable(b, b.length)));
                    return;
                }
                if (text.isBlank()) {
                    return;
                }
                pending.add(parse(text));
            } catch (IOException | RuntimeException e) {
                finish(RawRecords.reject(path, line, RawRecords.UNREADABLE, String.valueOf(e)));
            }
        }

        private Row parse(String text) {
            String[] f = new String[RawRecords.FIELDS.length];
            try {
                if (!fill(f, JSON.readTree(text))) {
                    return RawRecords.reject(path, line, RawRecords.MALFORMED_JSON, text);
                }
            } catch (IOException e) {
                return RawRecords.reject(path, line, RawRecords.MALFORMED_JSON, text);
            }
            f[6] = f[6] == null ? null : ArticleText.clean(f[6]);
            if (f[5] == null || f[5].isBlank()) {
                f[5] = ArticleText.firstLine(f[6]);
            }
            return RawRecords.record(path, line, f, text, maxBytes);
        }

        private final byte[] chunk = new byte[65_536];
        private int chunkPos;
        private int chunkLen;

        /** Reads up to the next newline into {@link #buf}; false at the end of the file. */
        private boolean readLine() throws IOException {
            buf.reset();
            boolean any = false;
            while (true) {
                if (chunkPos == chunkLen) {
                    chunkLen = in.read(chunk);
                    chunkPos = 0;
                    if (chunkLen <= 0) {
                        chunkLen = 0;
                        return any;
                    }
                }
                any = true;
                int start = chunkPos;
                while (chunkPos < chunkLen && chunk[chunkPos] != '\n') {
                    chunkPos++;
                }
                buf.write(chunk, start, chunkPos - start);
                if (chunkPos < chunkLen) {
                    chunkPos++;
                    return true;
                }
            }
        }

        private void finish(Row last) {
            if (last != null) {
                pending.add(last);
            }
            done = true;
            try {
                if (in != null) {
                    in.close();
                }
            } catch (IOException ignored) {
                // nothing left to read from it
            }
        }
    }

    /** RFC 4180 with a header row naming the fields; position = line where the record starts. */
    private static final class Csv extends Lazy {
        private final String path;
        private final char delimiter;
        private final long maxBytes;
        private Reader reader;
        private CsvRecordParser parser;
        private int[] columns;

        Csv(String path, char delimiter, long maxBytes) {
            this.path = path;
            this.delimiter = delimiter;
            this.maxBytes = maxBytes;
        }

        @Override
        void advance() {
            try {
                if (reader == null && !openAndReadHeader()) {
                    return;
                }
                List<String> row = parser.next();
                if (row == null) {
                    finish(null);
                    return;
                }
                long pos = parser.recordLine();
                if (parser.unterminatedQuote()) {
                    pending.add(RawRecords.reject(path, pos, RawRecords.UNTERMINATED_QUOTE, parser.raw()));
                } else if (row.size() != columns.length) {
                    pending.add(RawRecords.reject(path, pos, RawRecords.WRONG_FIELD_COUNT,
                            row.size() + " fields, header has " + columns.length + ": " + parser.raw()));
                } else {
                    String[] f = new String[RawRecords.FIELDS.length];
                    for (int i = 0; i < columns.length; i++) {
                        if (columns[i] >= 0 && f[columns[i]] == null && !row.get(i).isEmpty()) {
                            f[columns[i]] = row.get(i);
                        }
                    }
                    f[6] = f[6] == null ? null : ArticleText.clean(f[6]);
                    if (f[5] == null || f[5].isBlank()) {
                        f[5] = ArticleText.firstLine(f[6]);
                    }
                    pending.add(RawRecords.record(path, pos, f, parser.raw(), maxBytes));
                }
            } catch (CharacterCodingException e) {
                finish(RawRecords.reject(path, parser == null ? 0 : parser.recordLine(), RawRecords.NOT_UTF8,
                        "undecodable bytes from here on; the rest of the file is not read: " + e));
            } catch (IOException | RuntimeException e) {
                finish(RawRecords.reject(path, parser == null ? 0 : parser.recordLine(), RawRecords.UNREADABLE,
                        String.valueOf(e)));
            }
        }

        private boolean openAndReadHeader() throws IOException {
            BufferedInputStream in = open(path);
            byte[] head = binaryHead(in);
            if (head != null) {
                in.close();
                finish(RawRecords.reject(path, 0, RawRecords.BINARY_FILE, RawRecords.printable(head, head.length)));
                return false;
            }
            reader = new InputStreamReader(in, strictUtf8());
            parser = new CsvRecordParser(reader, delimiter);
            List<String> header = parser.next();
            columns = header == null ? new int[0] : new int[header.size()];
            boolean hasText = false;
            for (int i = 0; i < columns.length; i++) {
                String name = header.get(i).replace("\uFEFF", "");
                columns[i] = RawRecords.fieldIndex(name);
                hasText |= columns[i] == 6;
            }
            if (!hasText) {
                finish(RawRecords.reject(path, 1, RawRecords.MISSING_HEADER,
                        "the first row must name the columns, one of them text/content/body: "
                                + (header == null ? "empty file" : parser.raw())));
                return false;
            }
            return true;
        }

        private void finish(Row last) {
            if (last != null) {
                pending.add(last);
            }
            done = true;
            try {
                if (reader != null) {
                    reader.close();
                }
            } catch (IOException ignored) {
                // nothing left to read from it
            }
        }
    }
}
