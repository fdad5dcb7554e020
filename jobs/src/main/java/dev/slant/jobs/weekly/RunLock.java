package dev.slant.jobs.weekly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * Keeps two weekly runs off one warehouse at the same time (cron firing while the last run is still going). An OS
 * file lock, not the mere existence of a file: the kernel releases it when the process dies, so a killed run never
 * leaves a stale lock that blocks the next week. The file holds the owner's pid and start time for the message.
 */
public final class RunLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or an exception saying who holds it. */
    public static RunLock acquire(Path file) throws Held {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock l;
            try {
                l = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                l = null; // held by this very JVM
            }
            if (l == null) {
                String owner = Files.readString(file, StandardCharsets.UTF_8).trim();
                ch.close();
                throw new Held(file, owner.isEmpty() ? "unknown owner" : owner);
            }
            ch.truncate(0);
            ch.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + " since " + Instant.now())
                    .getBytes(StandardCharsets.UTF_8)), 0);
            ch.force(false);
            return new RunLock(ch, l);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open lock file " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            channel.truncate(0);
            lock.release();
        } finally {
            channel.close();
        }
    }

    /** Another run holds the lock. */
    public static final class Held extends Exception {
        public Held(Path file, String owner) {
            super("another weekly run holds the lock " + file + " (" + owner + "); not starting a second one");
        }
    }

    /**
     * Holds the lock until stdin closes: lets a test (or an operator) check that a second process is refused.
     * Prints "locked" once held.
     */
    public static void main(String[] args) throws Exception {
        try (RunLock l = acquire(Path.of(args[0]))) {
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close our stdin
            }
        }
    }
}
