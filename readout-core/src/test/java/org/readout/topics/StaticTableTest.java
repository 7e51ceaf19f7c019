package org.readout.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache file of a static table: written atomically, and never trusted when damaged. */
class StaticTableTest {
  private static final String RECIPE = "test-recipe;v=1";

  private static StaticTable table(int vocabulary, int dims, float seed) {
    float[] v = new float[vocabulary * dims];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) Math.sin(seed + i * 0.37);
    }
    return new StaticTable(RECIPE, vocabulary, dims, v);
  }

  @Test
  void roundTripsBitForBit(@TempDir Path dir) throws IOException {
    StaticTable t = table(50, 8, 1);
    Path f = dir.resolve("t.bin");
    t.write(f);
    StaticTable back = StaticTable.read(f, RECIPE);
    assertThat(back).isEqualTo(t);
    assertThat(back.sha256()).isEqualTo(t.sha256()).hasSize(64);
    assertThat(Files.list(dir)).containsExactly(f);
  }

  @Test
  void truncatedCorruptOrForeignFilesAreNotTrusted(@TempDir Path dir) throws IOException {
    StaticTable t = table(50, 8, 2);
    Path f = dir.resolve("t.bin");
    t.write(f);
    byte[] good = Files.readAllBytes(f);

    Files.write(f, java.util.Arrays.copyOf(good, good.length - 100));
    assertThat(StaticTable.read(f, RECIPE)).as("truncated").isNull();

    byte[] flipped = good.clone();
    flipped[good.length / 2] ^= 0x10;
    Files.write(f, flipped);
    assertThat(StaticTable.read(f, RECIPE)).as("one float changed").isNull();

    Files.write(f, good);
    assertThat(StaticTable.read(f, "another-recipe")).as("other recipe").isNull();
    assertThat(StaticTable.read(dir.resolve("missing.bin"), RECIPE)).isNull();
    Files.write(f, new byte[0]);
    assertThat(StaticTable.read(f, RECIPE)).as("empty").isNull();
  }

  @Test
  void aDamagedCacheFileIsRebuiltAndReplaced(@TempDir Path dir) throws IOException {
    AtomicInteger builds = new AtomicInteger();
    StaticTable built = table(30, 4, 3);
    StaticTable first = StaticTables.load(dir, RECIPE, 30, () -> {
      builds.incrementAndGet();
      return built;
    });
    assertThat(first).isEqualTo(built);
    assertThat(builds).hasValue(1);
    Path f = dir.resolve(StaticTables.fileName(RECIPE));
    assertThat(f).isRegularFile();

    // a valid file is used as it is
    StaticTables.load(dir, RECIPE, 30, () -> {
      builds.incrementAndGet();
      return built;
    });
    assertThat(builds).hasValue(1);

    // a truncated one is rebuilt and rewritten whole
    byte[] good = Files.readAllBytes(f);
    Files.write(f, java.util.Arrays.copyOf(good, good.length / 2));
    StaticTable again = StaticTables.load(dir, RECIPE, 30, () -> {
      builds.incrementAndGet();
      return built;
    });
    assertThat(again).isEqualTo(built);
    assertThat(builds).hasValue(2);
    assertThat(Files.readAllBytes(f)).isEqualTo(good);

    // a table of another vocabulary size is not used either
    StaticTables.load(dir, RECIPE, 31, () -> {
      builds.incrementAndGet();
      return table(31, 4, 3);
    });
    assertThat(builds).hasValue(3);
  }

  @Test
  void noCacheDirectoryWritesNothing(@TempDir Path dir) {
    StaticTable t = StaticTables.load(null, RECIPE, 30, () -> table(30, 4, 4));
    assertThat(t.vocabulary).isEqualTo(30);
    assertThat(dir.toFile().list()).isEmpty();
  }

  @Test
  void recipeNamesTheCacheFile() {
    assertThat(StaticTables.fileName(RECIPE)).matches("static-[0-9a-f]{16}\\.bin")
        .isNotEqualTo(StaticTables.fileName(RECIPE + "x"));
  }

  @Test
  void adapterRoundTripsAndAppliesItsMap() throws IOException {
    int dims = 3;
    float[] map = {2, 0, 0, 0, 1, 0, 0, 0, -1};
    float[] rows = {0.5f, -0.25f, 1f};
    byte[] bytes = StaticAdapter.write("test", dims, map, new int[] {1}, rows);
    StaticAdapter a = StaticAdapter.read(bytes);
    assertThat(a.description).isEqualTo("test");
    assertThat(a.sha256).hasSize(64);
    float[] base = {1, 2, 3, 4, 5, 6, 7, 8, 9};
    float[] table = a.apply(base, 3);
    // base rows 0 and 2 times W; row 1 is the trained row, int8 with scale max/127
    assertThat(java.util.Arrays.copyOfRange(table, 0, 3)).containsExactly(2, 2, -3);
    assertThat(java.util.Arrays.copyOfRange(table, 6, 9)).containsExactly(14, 8, -9);
    for (int d = 0; d < 3; d++) {
      assertThat(table[3 + d]).isCloseTo(rows[d], org.assertj.core.data.Offset.offset(1f / 254));
    }
  }
}
