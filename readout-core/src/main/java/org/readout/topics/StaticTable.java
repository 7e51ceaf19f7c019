package org.readout.topics;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A static embedding table: one weighted vector per vocabulary id of the model's tokenizer, stored
 * row-major ({@code vocabulary × dims} floats). Immutable once built.
 *
 * <p>File format (little-endian): magic {@code RSTB}, format version, recipe (UTF-8, length-prefixed:
 * the model and every distillation parameter), vocabulary size, dims, the floats, then the SHA-256
 * of everything before it. {@link #read} returns null for a file that is truncated, corrupt, of
 * another format version or of another recipe, so the caller rebuilds instead of trusting it.
 */
final class StaticTable {
  private static final int MAGIC = 0x52535442; // "RSTB"
  private static final int VERSION = 1;

  final String recipe;
  final int vocabulary;
  final int dims;
  final float[] vectors;

  StaticTable(String recipe, int vocabulary, int dims, float[] vectors) {
    if (vectors.length != vocabulary * dims) {
      throw new IllegalArgumentException("table has " + vectors.length + " floats, expected " + vocabulary * dims);
    }
    this.recipe = recipe;
    this.vocabulary = vocabulary;
    this.dims = dims;
    this.vectors = vectors;
  }

  /** SHA-256 of the table's content (recipe, shape and floats), hex. */
  String sha256() {
    return HexFormat.of().formatHex(digest(serialise(false)));
  }

  /** Writes the table to a temp file beside {@code file} and moves it into place. */
  void write(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".tmp");
    try {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer b = serialise(true);
        while (b.hasRemaining()) {
          ch.write(b);
        }
        ch.force(true);
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * Reads a table written by {@link #write}; null when the file is missing, truncated, fails its
   * checksum, or was built by another recipe.
   */
  static StaticTable read(Path file, String recipe) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      long size = Files.size(file);
      if (size < 64 || size > Integer.MAX_VALUE) {
        return null;
      }
      ByteBuffer b = ByteBuffer.allocate((int) size).order(ByteOrder.LITTLE_ENDIAN);
      try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
        while (b.hasRemaining() && ch.read(b) >= 0) {
          // fill
        }
      }
      if (b.hasRemaining()) {
        return null;
      }
      b.flip();
      int body = b.limit() - 32;
      MessageDigest md = sha();
      md.update(b.duplicate().limit(body));
      byte[] want = new byte[32];
      b.duplicate().position(body).get(want);
      if (!MessageDigest.isEqual(md.digest(), want)) {
        return null;
      }
      if (b.getInt() != MAGIC || b.getInt() != VERSION) {
        return null;
      }
      byte[] r = new byte[b.getInt()];
      b.get(r);
      if (!new String(r, StandardCharsets.UTF_8).equals(recipe)) {
        return null;
      }
      int vocabulary = b.getInt();
      int dims = b.getInt();
      if (vocabulary <= 0 || dims <= 0 || (long) vocabulary * dims * 4 != body - b.position()) {
        return null;
      }
      float[] v = new float[vocabulary * dims];
      b.asFloatBuffer().get(v);
      return new StaticTable(recipe, vocabulary, dims, v);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private ByteBuffer serialise(boolean withChecksum) {
    byte[] r = recipe.getBytes(StandardCharsets.UTF_8);
    int body = 4 * 3 + r.length + 4 * 2 + vectors.length * 4;
    ByteBuffer b = ByteBuffer.allocate(body + (withChecksum ? 32 : 0)).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(MAGIC).putInt(VERSION).putInt(r.length).put(r).putInt(vocabulary).putInt(dims);
    b.asFloatBuffer().put(vectors);
    b.position(b.position() + vectors.length * 4);
    if (withChecksum) {
      MessageDigest md = sha();
      md.update(b.duplicate().flip());
      b.put(md.digest());
    }
    return b.flip();
  }

  private static byte[] digest(ByteBuffer b) {
    MessageDigest md = sha();
    md.update(b);
    return md.digest();
  }

  private static MessageDigest sha() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StaticTable t && t.recipe.equals(recipe) && t.vocabulary == vocabulary && t.dims == dims
        && Arrays.equals(t.vectors, vectors);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(vectors);
  }
}
