package dev.slant.jobs.spark;

/**
 * Progress of one task over its partition, printed to stderr at most every 30 seconds and once at the end, so a long
 * stage shows that it is alive and how fast it goes (executor logs on a cluster).
 */
public final class PartitionProgress {
    private static final long EVERY_NANOS = 30_000_000_000L;
    private final String stage;
    private final String unit;
    private final long started = System.nanoTime();
    private long lastReport = started;
    private long done;

    public PartitionProgress(String stage, String unit) {
        this.stage = stage;
        this.unit = unit;
    }

    public void tick() {
        done++;
        long now = System.nanoTime();
        if (now - lastReport > EVERY_NANOS) {
            lastReport = now;
            print("at");
        }
    }

    public void finish() {
        if (done > 0) {
            print("done,");
        }
    }

    private void print(String where) {
        double secs = (System.nanoTime() - started) / 1e9;
        System.err.printf("%s: partition %s %,d %s, %.1f %s/s%n", stage, where, done, unit, done / Math.max(secs, 1e-9),
                unit);
    }
}
