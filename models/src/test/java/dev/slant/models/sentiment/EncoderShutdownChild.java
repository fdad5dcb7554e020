package dev.slant.models.sentiment;

import java.util.ArrayList;
import java.util.List;

/**
 * A JVM that scores real sentences with the encoder on daemon threads (as Spark's executor task threads are) and
 * ends while they are inside ONNX Runtime: by {@code System.exit} (argument {@code exit}) or by waiting for the
 * parent's SIGTERM (argument {@code wait}). Run by {@link EncoderShutdownTest}.
 */
public final class EncoderShutdownChild {
    private EncoderShutdownChild() {
    }

    public static void main(String[] args) throws Exception {
        EncoderSentiment encoder = EncoderSentiment.get();
        List<EncoderSentiment.Request> batch = new ArrayList<>();
        String s = "Kremlin spokesman Dmitry Peskov said the talks were \"useful\", but warned that the sanctions "
                + "would harm relations between the two countries for years to come.";
        for (int i = 0; i < 32; i++) {
            batch.add(new EncoderSentiment.Request(s, List.of(new EncoderSentiment.Span(0, 24))));
        }
        Object started = new Object();
        int[] done = {0};
        for (int t = 0; t < 2; t++) {
            Thread worker = new Thread(() -> {
                while (true) {
                    try {
                        encoder.scoreAll(batch);
                    } catch (IllegalStateException refused) {
                        return; // the JVM is shutting down: no new inference is started
                    }
                    synchronized (started) {
                        done[0]++;
                        started.notifyAll();
                    }
                }
            }, "scorer-" + t);
            worker.setDaemon(true);
            worker.start();
        }
        synchronized (started) {
            while (done[0] < 2) {
                started.wait();
            }
        }
        System.out.println("scoring");
        System.out.flush();
        if (args.length > 0 && args[0].equals("exit")) {
            System.exit(0);
        }
        Thread.sleep(60_000);
    }
}
