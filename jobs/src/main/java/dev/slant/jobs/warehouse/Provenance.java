package dev.slant.jobs.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * What a run's results depend on besides its inputs and options: the code (the commit the jar was built from), the
 * trained model files bundled with Slant, CoreNLP's jars, and the actor registry's content. Read once per JVM.
 */
public final class Provenance {
    /** Written at build time by `git describe` (jobs/pom.xml); absent when built outside a git checkout. */
    private static final String BUILD_COMMIT = "/dev/slant/jobs/build-commit.txt";
    /** Slant's trained model files live under this classpath folder (the registry copy under `actors/` is not one). */
    private static final String MODELS = "dev/slant/models/";
    private static final String CORENLP_CLASS = "edu/stanford/nlp/pipeline/StanfordCoreNLP.class";
    private static final String CORENLP_MODELS = "edu/stanford/nlp/models/sentiment/sentiment.ser.gz";

    private static volatile String codeVersion;
    private static volatile Map<String, String> models;

    private Provenance() {
    }

    /** `git describe --always --dirty` of the build (`-dirty`: built from uncommitted changes), else the jar version. */
    public static String codeVersion() {
        String v = codeVersion;
        if (v == null) {
            v = readCommit();
            codeVersion = v;
        }
        return v;
    }

    /**
     * Model file → short SHA-256 of its bytes (Slant's bundled models), and the CoreNLP code and models jars by name
     * (their version is in the name).
     */
    public static Map<String, String> models() {
        Map<String, String> m = models;
        if (m == null) {
            synchronized (Provenance.class) {
                m = models;
                if (m == null) {
                    m = scanModels();
                    models = m;
                }
            }
        }
        return m;
    }

    /** Short SHA-256 of the registry the quotes stage used: a file path, or `classpath:/...` for the bundled copy. */
    public static String registryHash(String origin) {
        if (origin == null) {
            return null;
        }
        try {
            if (origin.startsWith("classpath:")) {
                try (InputStream in = Provenance.class.getResourceAsStream(origin.substring("classpath:".length()))) {
                    return in == null ? null : sha256(in.readAllBytes());
                }
            }
            return sha256(Files.readAllBytes(Path.of(origin)));
        } catch (IOException e) {
            return null;
        }
    }

    private static String readCommit() {
        try (InputStream in = Provenance.class.getResourceAsStream(BUILD_COMMIT)) {
            if (in != null) {
                String commit = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
                if (!commit.isEmpty() && !commit.equals("unknown")) {
                    return "git " + commit;
                }
            }
        } catch (IOException e) {
            // fall through to the version
        }
        String version = Provenance.class.getPackage().getImplementationVersion();
        return "slant " + (version == null ? "unknown" : version);
    }

    private static Map<String, String> scanModels() {
        Map<String, String> out = new TreeMap<>();
        ClassLoader cl = Provenance.class.getClassLoader();
        try {
            Enumeration<URL> roots = cl.getResources(MODELS);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if ("jar".equals(root.getProtocol())) {
                    JarFile jar = ((JarURLConnection) root.openConnection()).getJarFile();
                    for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                        JarEntry entry = e.nextElement();
                        if (isModel(entry.getName()) && !entry.isDirectory()) {
                            try (InputStream in = jar.getInputStream(entry)) {
                                out.put(entry.getName().substring(MODELS.length()), sha256(in.readAllBytes()));
                            }
                        }
                    }
                } else if ("file".equals(root.getProtocol())) {
                    Path dir = Path.of(root.toURI());
                    try (Stream<Path> files = Files.walk(dir)) {
                        for (Path f : files.filter(Files::isRegularFile).toList()) {
                            String name = MODELS + dir.relativize(f).toString().replace('\\', '/');
                            if (isModel(name)) {
                                out.put(name.substring(MODELS.length()), sha256(Files.readAllBytes(f)));
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        putJar(out, "corenlp", cl.getResource(CORENLP_CLASS));
        putJar(out, "corenlp-models", cl.getResource(CORENLP_MODELS));
        return out;
    }

    private static boolean isModel(String name) {
        return name.startsWith(MODELS) && !name.startsWith(MODELS + "actors/") && !name.endsWith(".md")
                && !name.endsWith("/");
    }

    /** The jar a resource comes from, by file name (e.g. stanford-corenlp-4.5.10-models.jar). */
    private static void putJar(Map<String, String> out, String key, URL resource) {
        if (resource != null && "jar".equals(resource.getProtocol())) {
            String path = resource.getPath();
            int bang = path.indexOf("!/");
            String jar = bang < 0 ? path : path.substring(0, bang);
            out.put(key, jar.substring(jar.lastIndexOf('/') + 1));
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
