package dev.slant.jobs.ingest;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The files named on the command line, folders walked recursively; hidden files and sidecars are not inputs. */
public final class InputFiles {
    private InputFiles() {
    }

    public static List<InputFile> expand(List<String> inputs, Configuration conf) {
        List<InputFile> files = new ArrayList<>();
        for (String input : inputs) {
            Path p = new Path(input);
            try {
                FileSystem fs = p.getFileSystem(conf);
                Path q = fs.makeQualified(p);
                if (!fs.exists(q)) {
                    files.add(new InputFile(display(q), InputFile.Kind.MISSING));
                    continue;
                }
                FileStatus st = fs.getFileStatus(q);
                if (st.isFile()) {
                    // A file named explicitly is read even if it looks hidden.
                    files.add(new InputFile(display(q), InputFile.kindOf(q.getName())));
                    continue;
                }
                List<InputFile> found = new ArrayList<>();
                List<String> companions = new ArrayList<>();
                RemoteIterator<LocatedFileStatus> it = fs.listFiles(q, true);
                while (it.hasNext()) {
                    Path f = it.next().getPath();
                    if (hidden(q, f) || InputFile.isSidecar(f.getName())) {
                        continue;
                    }
                    if (InputFile.isCompanion(f.getName())) {
                        companions.add(f.getName());
                    } else {
                        found.add(new InputFile(display(f), InputFile.kindOf(f.getName())));
                    }
                }
                if (!companions.isEmpty()) {
                    Ingest.progress("ingest: %s: passing over %d documentation/script file(s): %s", display(q),
                            companions.size(), String.join(", ", companions));
                }
                found.sort((a, b) -> a.path().compareTo(b.path()));
                files.addAll(found);
            } catch (IOException e) {
                files.add(new InputFile(input, InputFile.Kind.MISSING));
            }
        }
        return files;
    }

    /** Local paths without the `file:` scheme, so rejects and logs show what a person typed. */
    static String display(Path p) {
        String scheme = p.toUri().getScheme();
        return scheme == null || scheme.equals("file") ? p.toUri().getPath() : p.toString();
    }

    private static boolean hidden(Path root, Path f) {
        for (Path d = f; d != null && !d.equals(root); d = d.getParent()) {
            String n = d.getName();
            if (n.startsWith(".") || n.startsWith("_")) {
                return true;
            }
        }
        return false;
    }
}
