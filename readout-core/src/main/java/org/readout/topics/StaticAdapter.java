package org.readout.topics;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The learned part of the static table: a linear map {@code W} (dims × dims) that takes the distilled
 * base vectors into the space where a sentence's mean token vector approximates bge's sentence vector,
 * and trained vectors for the tokens seen often enough in the training sentences. The table is
 * {@code row(t) = trained(t)} for those tokens and {@code base(t) · W} for every other token.
 *
 * <p>Trained (offline, deterministically, by {@code StaticAdapterTrainer} in readout-io's test tree) so
 * that the unit mean of a sentence's rows has the largest cosine with bge's vector of the same
 * sentence, over sentences of the bulk corpora; numbers, no text. Stored as the classpath resource
 * {@value #RESOURCE}: magic {@code RSTA}, version, description, dims, W as floats, the number of
 * trained tokens, their ids, and their vectors as int8 with one float scale per vector (big-endian,
 * {@link DataOutputStream}). Immutable.
 */
final class StaticAdapter {
  static final String RESOURCE = "org/readout/topics/static-adapter.bin";
  private static final int MAGIC = 0x52535441; // "RSTA"
  private static final int VERSION = 1;

  final String description;
  final int dims;
  /** Row-major dims × dims. */
  final float[] map;
  final int[] ids;
  /** Row-major ids.length × dims (dequantised). */
  final float[] rows;
  final String sha256;

  StaticAdapter(String description, int dims, float[] map, int[] ids, float[] rows, String sha256) {
    this.description = description;
    this.dims = dims;
    this.map = map;
    this.ids = ids;
    this.rows = rows;
    this.sha256 = sha256;
  }

  private static final class Bundled {
    static final StaticAdapter INSTANCE = readResource(RESOURCE);
  }

  /** The adapter shipped with Readout. */
  static StaticAdapter bundled() {
    return Bundled.INSTANCE;
  }

  static StaticAdapter readResource(String resource) {
    try (InputStream in = StaticAdapter.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("static embedding adapter not on the classpath: " + resource);
      }
      return read(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  static StaticAdapter read(byte[] bytes) throws IOException {
    try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes))) {
      if (in.readInt() != MAGIC || in.readInt() != VERSION) {
        throw new IOException("not a static embedding adapter (version " + VERSION + ")");
      }
      String description = in.readUTF();
      int dims = in.readInt();
      float[] map = new float[dims * dims];
      for (int i = 0; i < map.length; i++) {
        map[i] = in.readFloat();
      }
      int n = in.readInt();
      int[] ids = new int[n];
      for (int i = 0; i < n; i++) {
        ids[i] = in.readInt();
      }
      float[] rows = new float[n * dims];
      byte[] q = new byte[dims];
      for (int i = 0; i < n; i++) {
        float scale = in.readFloat();
        in.readFully(q);
        for (int d = 0; d < dims; d++) {
          rows[i * dims + d] = q[d] * scale;
        }
      }
      return new StaticAdapter(description, dims, map, ids, rows, sha256(bytes));
    }
  }

  /**
   * Serialises an adapter; the trained vectors are quantised to int8 with one scale each
   * ({@code max |x| / 127}).
   */
  static byte[] write(String description, int dims, float[] map, int[] ids, float[] rows) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(MAGIC);
      out.writeInt(VERSION);
      out.writeUTF(description);
      out.writeInt(dims);
      for (float f : map) {
        out.writeFloat(f);
      }
      out.writeInt(ids.length);
      for (int id : ids) {
        out.writeInt(id);
      }
      byte[] q = new byte[dims];
      for (int i = 0; i < ids.length; i++) {
        float max = 0;
        for (int d = 0; d < dims; d++) {
          max = Math.max(max, Math.abs(rows[i * dims + d]));
        }
        float scale = max == 0 ? 1 : max / 127f;
        for (int d = 0; d < dims; d++) {
          q[d] = (byte) Math.round(rows[i * dims + d] / scale);
        }
        out.writeFloat(scale);
        out.write(q);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The table: {@code base · W} for every id, then the trained rows in place. */
  float[] apply(float[] base, int vocabulary) {
    if (base.length != vocabulary * dims) {
      throw new IllegalArgumentException("base has " + base.length + " floats, expected " + vocabulary * dims);
    }
    float[] out = new float[vocabulary * dims];
    boolean[] trained = new boolean[vocabulary];
    for (int id : ids) {
      trained[id] = true;
    }
    double[] acc = new double[dims];
    for (int t = 0; t < vocabulary; t++) {
      if (trained[t]) {
        continue;
      }
      java.util.Arrays.fill(acc, 0);
      int o = t * dims;
      for (int k = 0; k < dims; k++) {
        double b = base[o + k];
        if (b == 0) {
          continue;
        }
        int m = k * dims;
        for (int d = 0; d < dims; d++) {
          acc[d] += b * map[m + d];
        }
      }
      for (int d = 0; d < dims; d++) {
        out[o + d] = (float) acc[d];
      }
    }
    for (int i = 0; i < ids.length; i++) {
      System.arraycopy(rows, i * dims, out, ids[i] * dims, dims);
    }
    return out;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
    }
  }
}
