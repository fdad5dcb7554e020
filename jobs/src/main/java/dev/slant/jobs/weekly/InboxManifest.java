package dev.slant.jobs.weekly;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Which inbox files have been processed: one tab-separated line per file (path relative to the inbox, size and mtime (with its sidecar's),
 * SHA-256, when). A file is new unless its content hash was processed before, so a re-copied or touched file is not
 * ingested twice and an edited one is. Size and mtime are a shortcut: an unchanged file is not re-hashed.
 * The manifest is rewritten whole through a temporary file, only after a run's stages all succeeded.
 */
public final class InboxManifest {
    /** One processed (or candidate) file. */
    public record Entry(String path, long size, long mtimeMillis, String sha256, String processedAt) {
        String line() {
            return String.join("\t", path, Long.toString(size), Long.toString(mtimeMillis), sha256, processedAt);
        }
    }

    private final Path file;
    private final Map<String, Entry> byPath = new LinkedHashMap<>();
    private final Map<String, Entry> byHash = new LinkedHashMap<>();

    private InboxManifest(Path file) {
        this.file = file;
    }

    public static InboxManifest load(Path file) {
        InboxManifest m = new InboxManifest(file);
        if (Files.exists(file)) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String[] f = line.split("\t", -1);
                    if (f.length == 5 && !line.startsWith("#")) {
                        m.put(new Entry(f[0], Long.parseLong(f[1]), Long.parseLong(f[2]), f[3], f[4]));
                    }
                }
            } catch (IOException | NumberFormatException e) {
                throw new IllegalStateException("inbox manifest " + file + " is unreadable (" + e.getMessage()
                        + "); fix or remove it (removing it re-ingests the whole inbox)", e);
            }
        }
        return m;
    }

    private void put(Entry e) {
        byPath.put(e.path(), e);
        byHash.put(e.sha256(), e);
    }

    public int size() {
        return byPath.size();
    }

    /**
     * The inbox files not processed yet, in path order. Hidden files, sidecars (`NAME.meta.json`, read by ingest
     * with their `.txt`) and files modified in the last `settleSeconds` (possibly still being copied) are left out.
     */
    public List<Entry> newFiles(Path inbox, long settleSeconds, Instant now) {
        List<Entry> fresh = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(inbox)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list inbox " + inbox + ": " + e.getMessage(), e);
        }
        for (Path p : files) {
            String rel = inbox.relativize(p).toString().replace('\\', '/');
            String name = p.getFileName().toString();
            if (name.startsWith(".") || name.endsWith(".meta.json") || rel.contains("/.")) {
                continue;
            }
            try {
                // A .txt and its sidecar are one input: either changing makes it a candidate again.
                Path side = sidecar(p);
                long size = Files.size(p) + (side == null ? 0 : Files.size(side));
                long mtime = Math.max(Files.getLastModifiedTime(p).toMillis(),
                        side == null ? 0 : Files.getLastModifiedTime(side).toMillis());
                if (mtime > now.toEpochMilli() - settleSeconds * 1000) {
                    continue;
                }
                Entry known = byPath.get(rel);
                if (known != null && known.size() == size && known.mtimeMillis() == mtime) {
                    continue;
                }
                String hash = sha256(p, side);
                if (byHash.containsKey(hash) || fresh.stream().anyMatch(e -> e.sha256().equals(hash))) {
                    continue;
                }
                fresh.add(new Entry(rel, size, mtime, hash, null));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read inbox file " + p + ": " + e.getMessage(), e);
            }
        }
        return fresh;
    }

    /** Records these files as processed and rewrites the manifest atomically. */
    public void record(List<Entry> processed, Instant when) {
        for (Entry e : processed) {
            put(new Entry(e.path(), e.size(), e.mtimeMillis(), e.sha256(), when.toString()));
        }
        StringBuilder sb = new StringBuilder("# path\tsize\tmtime_ms\tsha256\tprocessed_at\n");
        byPath.values().forEach(e -> sb.append(e.line()).append('\n'));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, sb, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write inbox manifest " + file + ": " + e.getMessage(), e);
        }
    }

    /** A plain article's metadata lives in its sidecar, so an edited sidecar makes the article new again. */
    private static Path sidecar(Path p) {
        String n = p.getFileName().toString();
        if (!n.endsWith(".txt")) {
            return null;
        }
        Path s = p.resolveSibling(n.substring(0, n.length() - 4) + ".meta.json");
        return Files.exists(s) ? s : null;
    }

    static String sha256(Path p, Path extra) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buf = new byte[1 << 16];
        for (Path x : extra == null ? List.of(p) : List.of(p, extra)) {
            try (InputStream in = Files.newInputStream(x)) {
                for (int n; (n = in.read(buf)) > 0; ) {
                    md.update(buf, 0, n);
                }
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
