package org.readout.topics;

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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The first step of the static table (after Model2Vec, Tulkens and van Dongen 2024): every id of the
 * bundled bge-small-en-v1.5 model's WordPiece vocabulary is passed through the model once, as the
 * three-token input {@code [CLS] id [SEP]}, and the token's base vector is the model's own sentence
 * embedding of that input (its {@code [CLS]} output, the pooling bge uses), unit-normalised: 30,522 ×
 * 384 floats. {@link StaticAdapter} then maps these vectors into the space where their means
 * approximate bge's sentence vectors.
 *
 * <p>Deterministic: the batches are fixed (ids in order, {@value #BATCH} a batch), each batch runs on a
 * single-threaded ONNX session and is written to its own slot, so the result is the same bit for bit
 * whatever the number of worker threads.
 */
final class StaticDistiller {
  static final int BATCH = 256;
  private static final String MODEL_RESOURCE = "bge-small-en-v1.5-q.onnx";

  private StaticDistiller() {
  }

  /** Unit-length [CLS] outputs of {@code [CLS] id [SEP]} for every vocabulary id, row-major. */
  static float[] baseVectors(WordPiece tokenizer, int threads) {
    return baseVectors(tokenizer, tokenizer.size(), threads);
  }

  /** Base vectors of the ids {@code 0 … v-1}, row-major ({@code v × 384}). */
  static float[] baseVectors(WordPiece tokenizer, int v, int threads) {
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    try (OrtSession.SessionOptions opts = new OrtSession.SessionOptions()) {
      opts.setIntraOpNumThreads(1);
      opts.setInterOpNumThreads(1);
      try (OrtSession session = env.createSession(model(), opts)) {
        float[][] batches = new float[(v + BATCH - 1) / BATCH][];
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
          Thread t = new Thread(r, "readout-distil");
          t.setDaemon(true);
          return t;
        });
        try {
          List<Future<?>> jobs = new ArrayList<>();
          for (int b = 0; b < batches.length; b++) {
            int batch = b;
            jobs.add(pool.submit(() -> {
              batches[batch] = runBatch(env, session, tokenizer, batch * BATCH, Math.min(v, (batch + 1) * BATCH));
              return null;
            }));
          }
          for (Future<?> f : jobs) {
            f.get();
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("distillation interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
          throw new IllegalStateException("distillation failed: " + e.getCause(), e.getCause());
        } finally {
          pool.shutdownNow();
        }
        int hidden = batches[0].length / Math.min(v, BATCH);
        float[] out = new float[v * hidden];
        int at = 0;
        for (float[] b : batches) {
          System.arraycopy(b, 0, out, at, b.length);
          at += b.length;
        }
        return out;
      }
    } catch (OrtException e) {
      throw new IllegalStateException("cannot run the embedding model for distillation: " + e.getMessage(), e);
    }
  }

  private static float[] runBatch(OrtEnvironment env, OrtSession session, WordPiece tok, int from, int to)
      throws OrtException {
    int n = to - from;
    long[] ids = new long[n * 3];
    long[] mask = new long[n * 3];
    long[] types = new long[n * 3];
    for (int i = 0; i < n; i++) {
      ids[3 * i] = tok.clsId();
      ids[3 * i + 1] = from + i;
      ids[3 * i + 2] = tok.sepId();
      mask[3 * i] = 1;
      mask[3 * i + 1] = 1;
      mask[3 * i + 2] = 1;
    }
    long[] shape = {n, 3};
    try (OnnxTensor ti = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape);
         OnnxTensor tm = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape);
         OnnxTensor tt = OnnxTensor.createTensor(env, LongBuffer.wrap(types), shape);
         OrtSession.Result r = session.run(Map.of("input_ids", ti, "attention_mask", tm, "token_type_ids", tt))) {
      FloatBuffer fb = ((OnnxTensor) r.get(0)).getFloatBuffer();
      int hidden = fb.remaining() / (n * 3);
      float[] out = new float[n * hidden];
      for (int i = 0; i < n; i++) {
        // [CLS] output (position 0) of sequence i, unit-normalised like the model's sentence vectors
        int base = i * 3 * hidden;
        double s = 0;
        for (int d = 0; d < hidden; d++) {
          float x = fb.get(base + d);
          s += x * x;
        }
        double inv = s == 0 ? 0 : 1 / Math.sqrt(s);
        for (int d = 0; d < hidden; d++) {
          out[i * hidden + d] = (float) (fb.get(base + d) * inv);
        }
      }
      return out;
    }
  }

  private static byte[] model() {
    try (InputStream in = StaticDistiller.class.getClassLoader().getResourceAsStream(MODEL_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("embedding model not on the classpath: " + MODEL_RESOURCE);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + MODEL_RESOURCE, e);
    }
  }
}
