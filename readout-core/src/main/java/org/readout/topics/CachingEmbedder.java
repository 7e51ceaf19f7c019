package org.readout.topics;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An {@link Embedder} that remembers vectors by a hash of the sentence text (SHA-256, first 128 bits,
 * salted with the model id) in a bounded in-memory LRU, and optionally in a small persistent file so
 * the codebook examples need not be re-embedded by every new process. Only texts not in the cache
 * are sent to the delegate, in one batch. Thread-safe (the map is guarded by this object's lock; the
 * delegate is called outside it).
 */
public final class CachingEmbedder implements Embedder {
  private static final int FILE_MAGIC = 0x52454d42; // "REMB"
  private final Embedder delegate;
  private final int capacity;
  private final Path file;
  private final int fileCapacity;
  private final Map<Key, float[]> lru;
  private boolean dirty;

  private record Key(long hi, long lo) {
  }

  /**
   * @param delegate     the model
   * @param capacity     maximum number of vectors kept in memory
   * @param file         persistent cache file, or null for memory only
   * @param fileCapacity at most this many vectors are written to the file (the most recently used)
   */
  public CachingEmbedder(Embedder delegate, int capacity, Path file, int fileCapacity) {
    this.delegate = delegate;
    this.capacity = capacity;
    this.file = file;
    this.fileCapacity = fileCapacity;
    this.lru = new LinkedHashMap<>(256, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Key, float[]> eldest) {
        return size() > CachingEmbedder.this.capacity;
      }
    };
    if (file != null) {
      load();
    }
  }

  @Override
  public String modelId() {
    return delegate.modelId();
  }

  @Override
  public List<float[]> embedAll(List<String> texts) {
    float[][] out = new float[texts.size()][];
    List<Key> keys = new ArrayList<>(texts.size());
    List<String> missing = new ArrayList<>();
    List<Integer> missingAt = new ArrayList<>();
    Map<Key, Integer> firstMissing = new LinkedHashMap<>();
    synchronized (this) {
      for (int i = 0; i < texts.size(); i++) {
        Key k = key(texts.get(i));
        keys.add(k);
        float[] v = lru.get(k);
        if (v != null) {
          out[i] = v;
        } else if (!firstMissing.containsKey(k)) {
          firstMissing.put(k, missing.size());
          missing.add(texts.get(i));
          missingAt.add(i);
        }
      }
    }
    if (!missing.isEmpty()) {
      List<float[]> fresh = delegate.embedAll(missing);
      synchronized (this) {
        for (int j = 0; j < fresh.size(); j++) {
          lru.put(keys.get(missingAt.get(j)), fresh.get(j));
        }
        dirty = true;
      }
      for (int i = 0; i < out.length; i++) {
        if (out[i] == null) {
          out[i] = fresh.get(firstMissing.get(keys.get(i)));
        }
      }
    }
    return List.of(out);
  }

  /** Number of vectors in memory. */
  public synchronized int size() {
    return lru.size();
  }

  /**
   * Writes the persistent cache (if one was configured and anything changed): the most recently used
   * vectors, to a temp file moved into place, so a concurrent reader never sees a half-written file.
   * Failures are ignored: the cache is an optimisation only.
   */
  public void flush() {
    if (file == null) {
      return;
    }
    List<Map.Entry<Key, float[]>> entries;
    synchronized (this) {
      if (!dirty) {
        return;
      }
      entries = new ArrayList<>(lru.entrySet());
      dirty = false;
    }
    int from = Math.max(0, entries.size() - fileCapacity);
    try {
      Files.createDirectories(file.getParent());
      Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
      try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
        out.writeInt(FILE_MAGIC);
        out.writeUTF(delegate.modelId());
        out.writeInt(entries.size() - from);
        for (int i = from; i < entries.size(); i++) {
          Map.Entry<Key, float[]> e = entries.get(i);
          out.writeLong(e.getKey().hi());
          out.writeLong(e.getKey().lo());
          float[] v = e.getValue();
          out.writeShort(v.length);
          for (float f : v) {
            out.writeFloat(f);
          }
        }
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      // A cache that cannot be written costs only time.
    }
  }

  private void load() {
    if (!Files.isRegularFile(file)) {
      return;
    }
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      if (in.readInt() != FILE_MAGIC || !in.readUTF().equals(delegate.modelId())) {
        return;
      }
      int n = in.readInt();
      for (int i = 0; i < n; i++) {
        Key k = new Key(in.readLong(), in.readLong());
        float[] v = new float[in.readShort()];
        for (int j = 0; j < v.length; j++) {
          v[j] = in.readFloat();
        }
        lru.put(k, v);
      }
    } catch (IOException | RuntimeException e) {
      // A corrupt or foreign cache file is ignored and later overwritten.
      lru.clear();
    }
  }

  private Key key(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(delegate.modelId().getBytes(StandardCharsets.UTF_8));
      md.update((byte) 0);
      byte[] h = md.digest(text.getBytes(StandardCharsets.UTF_8));
      long hi = 0;
      long lo = 0;
      for (int i = 0; i < 8; i++) {
        hi = (hi << 8) | (h[i] & 0xff);
        lo = (lo << 8) | (h[8 + i] & 0xff);
      }
      return new Key(hi, lo);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
    }
  }
}
