package dev.slant.models.sentiment;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sentiment from a fine-tuned MiniLM-L6 encoder (ONNX Runtime on CPU, no network): for every character span of a
 * sentence, the encoder's last layer is averaged over the span's wordpieces and joined to the [CLS] vector; two linear
 * heads read that vector:
 * <ul>
 *   <li>{@link SpanScores#target() target}: sentiment toward the span's referent (trained on NewsMTSC targets);</li>
 *   <li>{@link SpanScores#tone() tone}: tone of the words the span covers, read in their sentence (trained on whole
 *   NewsMTSC sentences whose targets all carry the same polarity). Quote tone is this head over the quote's span.</li>
 *   <li>{@link SpanScores#stanceLogits() stance logits}: the span's share of its article's stance toward the
 *   referent ({@link StanceHead}): the pair head's logits over the span vector (the model's {@code span_features}
 *   output), then the stance branch's ({@code stance-branch.onnx}: a copy of the upper three layers fine-tuned on
 *   hand-coded sentences, with its own head, reading the hidden states after the shared lower three layers, the
 *   model's {@code lower_hidden} output).</li>
 * </ul>
 * One encoder pass per sentence serves all its spans; {@link #scoreAll} batches sentences of similar length. The model
 * and tokenizer are built once per JVM on first use ({@link #get()}); the instance is thread-safe. See the README next
 * to the model file for how it was trained and how well it does.
 */
public final class EncoderSentiment {
    public static final String MODEL_RESOURCE = "/dev/slant/models/sentiment/target-sentiment-minilm.onnx";
    public static final String TOKENIZER_RESOURCE = "/dev/slant/models/sentiment/minilm-tokenizer.json";
    /** The stance branch; optional (without it the stance logits are the pair head's alone). */
    public static final String STANCE_BRANCH_RESOURCE = "/dev/slant/models/sentiment/stance-branch.onnx";
    /** Recorded with every score it produces (the {@code sentiment_model} of a row). */
    public static final String MODEL_NAME = "minilm-l6-newsmtsc-v2";
    /** Wordpieces per sentence with [CLS] and [SEP], as in training; longer sentences are windowed around the spans. */
    public static final int MAX_LENGTH = 128;
    private static final int BATCH_SENTENCES = 32;
    private static final Set<String> MAIN_OUTPUTS = Set.of("target_probs", "tone_probs", "span_features");
    private static final Set<String> MAIN_AND_HIDDEN =
            Set.of("target_probs", "tone_probs", "span_features", "lower_hidden");

    /** Characters [start, end) of the sentence text. */
    public record Span(int start, int end) {
    }

    /**
     * A sentence and the spans to score in it; {@code stance}: whether its spans need stance logits (mentions do,
     * quotes do not: the stance branch then does not run for it).
     */
    public record Request(String text, List<Span> spans, boolean stance) {
        public Request {
            spans = List.copyOf(spans);
        }

        /** A request whose spans get stance logits too. */
        public Request(String text, List<Span> spans) {
            this(text, spans, true);
        }
    }

    /**
     * Per span, in the request's order: sentiment toward it, tone of its words and its stance logits: the pair
     * head's three, then the stance branch's three ({@code stanceLogits} null while no stance head is bundled and for
     * a request without stance; three numbers without a branch).
     */
    public record SpanScores(List<TargetSentiment> target, List<TargetSentiment> tone, List<double[]> stanceLogits) {
    }

    private final OrtEnvironment env;
    private final OrtSession session;
    /** Null when no stance branch is bundled. */
    private final OrtSession stanceBranch;
    private final HuggingFaceTokenizer tokenizer;
    private final StanceHead stanceHead;
    /** Keeps a JVM shutdown from releasing ONNX Runtime under a running batch (see {@link InferenceGate}). */
    private final InferenceGate gate = new InferenceGate();

    private EncoderSentiment(byte[] model, byte[] branch, InputStream tokenizerJson, int threads,
                             StanceHead stanceHead) throws OrtException, IOException {
        this.stanceHead = stanceHead;
        env = OrtEnvironment.getEnvironment();
        OrtSession.SessionOptions opts = new OrtSession.SessionOptions();
        opts.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        opts.setIntraOpNumThreads(threads);
        // Two sessions run one after the other on every batch (the encoder, then the stance branch): with ONNX
        // Runtime's default spin-waiting, the idle session's threads keep spinning on the cores the other needs
        // (measured on 2 cores, batches of 32: the branch took 118 ms spinning against 66 ms without; the encoder
        // alone 132 ms either way).
        opts.addConfigEntry("session.intra_op.allow_spinning", "0");
        session = env.createSession(model, opts);
        stanceBranch = branch == null ? null : env.createSession(branch, opts);
        if (stanceBranch != null && !session.getOutputNames().contains("lower_hidden")) {
            throw new IllegalStateException(MODEL_RESOURCE + " has no lower_hidden output for the stance branch; "
                    + "models/training/train_stance_branch.py adds it");
        }
        gate.takeOverOrtShutdownHook();
        // tokenizer.json pads and truncates to 128; Slant windows long sentences itself, so both are off here.
        tokenizer = HuggingFaceTokenizer.newInstance(tokenizerJson,
                Map.of("padding", "false", "truncation", "false", "addSpecialTokens", "true"));
    }

    /** The bundled model, loaded once per JVM on first use. Threads: {@code slant.encoder.threads} or all cores. */
    public static EncoderSentiment get() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        static final EncoderSentiment INSTANCE = load();

        private static EncoderSentiment load() {
            int threads = Integer.getInteger("slant.encoder.threads", Runtime.getRuntime().availableProcessors());
            try (InputStream m = resource(MODEL_RESOURCE); InputStream t = resource(TOKENIZER_RESOURCE);
                 InputStream b = EncoderSentiment.class.getResourceAsStream(STANCE_BRANCH_RESOURCE)) {
                return new EncoderSentiment(m.readAllBytes(), b == null ? null : b.readAllBytes(), t, threads,
                        StanceHead.bundled());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (OrtException e) {
                throw new IllegalStateException("cannot load " + MODEL_RESOURCE + ": " + e.getMessage(), e);
            }
        }

        private static InputStream resource(String name) throws IOException {
            InputStream in = EncoderSentiment.class.getResourceAsStream(name);
            if (in == null) {
                throw new IOException("missing classpath resource " + name);
            }
            return in;
        }
    }

    /** Sentiment toward each target span of one sentence (one encoder pass). */
    public List<TargetSentiment> targets(String sentence, List<Span> targets) {
        return scoreAll(List.of(new Request(sentence, targets, false))).get(0).target();
    }

    /**
     * Tone of a quote: the tone head over the quote's wordpieces, read inside {@code context} (the sentence or
     * sentences the quote lies in), so the same words in the same sentence always get the same score.
     */
    public TargetSentiment quoteTone(String context, int quoteStart, int quoteEnd) {
        return scoreAll(List.of(new Request(context, List.of(new Span(quoteStart, quoteEnd)), false))).get(0).tone()
                .get(0);
    }

    /** Scores many sentences, batching those of similar length; results in the order of the requests. */
    public List<SpanScores> scoreAll(List<Request> requests) {
        return inBatches(requests, batch -> run(batch, null, null));
    }

    /**
     * The span vectors the heads read ([CLS ; mean of the last layer over the span's wordpieces]), per request and
     * span: what {@link StanceHead} is trained on.
     */
    public List<List<float[]>> spanFeatures(List<Request> requests) {
        return inBatches(requests, batch -> {
            List<List<float[]>> features = new ArrayList<>();
            run(batch, features, null);
            return features;
        });
    }

    /**
     * The stance branch's logits (negative, neutral, positive: the writer's stance toward the span's referent in the
     * sentence), per request and span: what {@link StanceHead} combines with the pair head. Empty lists without a
     * branch.
     */
    public List<List<float[]>> branchLogits(List<Request> requests) {
        return inBatches(requests, batch -> {
            List<List<float[]>> branch = new ArrayList<>();
            run(batch, null, branch);
            return branch;
        });
    }

    private <T> List<T> inBatches(List<Request> requests, java.util.function.Function<List<Encoded>, List<T>> run) {
        List<Encoded> encoded = new ArrayList<>(requests.size());
        for (Request r : requests) {
            encoded.add(encode(r));
        }
        Integer[] order = new Integer[requests.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // requests without stance together, so their batches skip the stance branch; then by length
        Arrays.sort(order, Comparator.<Integer>comparingInt(i -> encoded.get(i).stance ? 0 : 1)
                .thenComparingInt(i -> encoded.get(i).ids.length));
        List<T> out = new ArrayList<>(java.util.Collections.nCopies(requests.size(), null));
        for (int from = 0; from < order.length; from += BATCH_SENTENCES) {
            int to = Math.min(order.length, from + BATCH_SENTENCES);
            List<Encoded> batch = new ArrayList<>();
            for (int k = from; k < to; k++) {
                batch.add(encoded.get(order[k]));
            }
            List<T> scored = run.apply(batch);
            for (int k = from; k < to; k++) {
                out.set(order[k], scored.get(k - from));
            }
        }
        return out;
    }

    /** Wordpiece ids with [CLS]/[SEP] and, per span, the [first, last+1) wordpiece positions it covers. */
    record Encoded(long[] ids, int[][] spans, boolean stance) {
    }

    Encoded encode(Request r) {
        String text = r.text() == null ? "" : r.text();
        Encoding enc = tokenizer.encode(text);
        long[] all = enc.getIds();
        CharSpan[] chars = enc.getCharTokenSpans();
        // Wordpieces without [CLS] (first) and [SEP] (last).
        int n = Math.max(0, all.length - 2);
        int[][] pieceSpans = new int[r.spans().size()][];
        int lo = Integer.MAX_VALUE;
        int hi = -1;
        for (int s = 0; s < pieceSpans.length; s++) {
            Span sp = r.spans().get(s);
            int first = -1;
            int last = -1;
            for (int p = 0; p < n; p++) {
                CharSpan c = chars[p + 1];
                if (c != null && c.getStart() < sp.end() && c.getEnd() > sp.start()) {
                    if (first < 0) {
                        first = p;
                    }
                    last = p + 1;
                }
            }
            pieceSpans[s] = first < 0 ? null : new int[]{first, last};
            if (first >= 0) {
                lo = Math.min(lo, first);
                hi = Math.max(hi, last);
            }
        }
        int max = MAX_LENGTH - 2;
        int start = 0;
        if (n > max) {
            // As in training: a window of MAX_LENGTH-2 wordpieces centred on the spans.
            int centre = hi < 0 ? n / 2 : (lo + hi) / 2;
            start = Math.max(0, Math.min(centre - max / 2, n - max));
        }
        int len = Math.min(n, max);
        long[] ids = new long[len + 2];
        ids[0] = all[0];
        System.arraycopy(all, 1 + start, ids, 1, len);
        ids[len + 1] = all[all.length - 1];
        int[][] spans = new int[pieceSpans.length][];
        for (int s = 0; s < spans.length; s++) {
            int[] p = pieceSpans[s];
            int a = p == null ? 0 : Math.max(p[0] - start, 0);
            int b = p == null ? 0 : Math.min(p[1] - start, len);
            // A span with no wordpiece in the window (empty, or cut off) falls back to the whole sentence.
            spans[s] = b > a ? new int[]{a + 1, b + 1} : new int[]{1, len + 1};
        }
        return new Encoded(ids, spans, r.stance());
    }

    /**
     * Scores a batch; each sentence's span vectors are added to {@code features} and its branch logits to
     * {@code branch} when they are not null.
     */
    private List<SpanScores> run(List<Encoded> batch, List<List<float[]>> features, List<List<float[]>> branch) {
        int b = batch.size();
        int len = 0;
        int t = 1;
        for (Encoded e : batch) {
            len = Math.max(len, e.ids.length);
            t = Math.max(t, e.spans.length);
        }
        boolean withBranch = stanceBranch != null && batch.stream().anyMatch(Encoded::stance);
        long[] ids = new long[b * len];
        long[] mask = new long[b * len];
        float[] spanMask = new float[b * t * len];
        for (int i = 0; i < b; i++) {
            Encoded e = batch.get(i);
            for (int j = 0; j < e.ids.length; j++) {
                ids[i * len + j] = e.ids[j];
                mask[i * len + j] = 1;
            }
            for (int s = 0; s < e.spans.length; s++) {
                for (int j = e.spans[s][0]; j < e.spans[s][1]; j++) {
                    spanMask[(i * t + s) * len + j] = 1f;
                }
            }
        }
        try (OnnxTensor idT = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), new long[]{b, len});
             OnnxTensor maskT = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), new long[]{b, len});
             OnnxTensor spanT = OnnxTensor.createTensor(env, FloatBuffer.wrap(spanMask), new long[]{b, t, len});
             OrtSession.Result res = gate.run(() -> session.run(Map.of("input_ids", idT, "attention_mask", maskT,
                     "span_mask", spanT), withBranch ? MAIN_AND_HIDDEN : MAIN_OUTPUTS))) {
            float[][][] target = (float[][][]) res.get("target_probs").orElseThrow().getValue();
            float[][][] tone = (float[][][]) res.get("tone_probs").orElseThrow().getValue();
            float[][][] vectors = (float[][][]) res.get("span_features").orElseThrow().getValue();
            float[][][] stance = withBranch ? branch(res, maskT, spanT) : null;
            List<SpanScores> out = new ArrayList<>(b);
            for (int i = 0; i < b; i++) {
                int spans = batch.get(i).spans.length;
                List<TargetSentiment> tg = new ArrayList<>(spans);
                List<TargetSentiment> tn = new ArrayList<>(spans);
                List<double[]> st = new ArrayList<>(spans);
                for (int s = 0; s < spans; s++) {
                    tg.add(TargetSentiment.of(toDouble(target[i][s])));
                    tn.add(TargetSentiment.of(toDouble(tone[i][s])));
                    if (stanceHead != null && batch.get(i).stance) {
                        st.add(stance == null ? stanceHead.logits(vectors[i][s])
                                : concat(stanceHead.logits(vectors[i][s]), stance[i][s]));
                    }
                }
                out.add(new SpanScores(List.copyOf(tg), List.copyOf(tn),
                        stanceHead == null || !batch.get(i).stance ? null : List.copyOf(st)));
                if (features != null) {
                    features.add(List.of(Arrays.copyOf(vectors[i], spans)));
                }
                if (branch != null) {
                    branch.add(stance == null ? List.of() : List.of(Arrays.copyOf(stance[i], spans)));
                }
            }
            return out;
        } catch (IllegalStateException shuttingDown) {
            throw shuttingDown;
        } catch (Exception e) {
            throw new IllegalStateException("encoder inference failed: " + e.getMessage(), e);
        }
    }

    /** The stance branch over the main model's hidden states after the shared lower layers. */
    private float[][][] branch(OrtSession.Result main, OnnxTensor maskT, OnnxTensor spanT) throws Exception {
        OnnxTensor hidden = (OnnxTensor) main.get("lower_hidden").orElseThrow();
        try (OrtSession.Result r = gate.run(() -> stanceBranch.run(Map.of("lower_hidden", hidden,
                "attention_mask", maskT, "span_mask", spanT)))) {
            return (float[][][]) r.get("stance_logits").orElseThrow().getValue();
        }
    }

    private static double[] concat(double[] head, float[] branch) {
        double[] z = Arrays.copyOf(head, head.length + branch.length);
        for (int c = 0; c < branch.length; c++) {
            z[head.length + c] = branch[c];
        }
        return z;
    }

    private static double[] toDouble(float[] f) {
        double[] d = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            d[i] = f[i];
        }
        return d;
    }
}
