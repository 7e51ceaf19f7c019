package org.readout.store.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.ReadoutException;
import org.readout.TestEngines;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Statement;
import org.readout.model.StatementMeta;
import org.readout.store.Workspace;
import org.readout.topics.Codebook;
import org.readout.topics.Embedder;
import org.readout.topics.PhraseCoder;

/**
 * Vector and hybrid search over passage vectors on hand-written statements (real Lucene index, real SQLite
 * workspace). The embedder is a hand-written bag of words (each word a fixed random direction), so which
 * passage is nearest is known from the words alone.
 */
class VectorSearchTest {
  @TempDir
  Path tmp;

  /** Each lower-cased word is a pseudo-random unit direction; a text is the normalised sum of its words. */
  static final class Words implements Embedder {
    @Override
    public String modelId() {
      return "test-words";
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
      List<float[]> out = new ArrayList<>();
      for (String t : texts) {
        float[] v = new float[64];
        for (String w : t.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
          if (w.length() > 3) { // function words carry no meaning here
            java.util.Random r = new java.util.Random(w.hashCode());
            for (int d = 0; d < v.length; d++) {
              v[d] += (float) r.nextGaussian();
            }
          }
        }
        double n = 0;
        for (float f : v) {
          n += f * f;
        }
        for (int d = 0; d < v.length && n > 0; d++) {
          v[d] /= (float) Math.sqrt(n);
        }
        out.add(v);
      }
      return out;
    }
  }

  private static AnalyzedStatement statement(String id, String side, String text) {
    StatementMeta m = new StatementMeta(id, "Note " + id, LocalDate.of(2021, 12, 7), "Office " + side, side, "readout", "", "", "", "");
    return TestEngines.TEXT.analyze(Statement.of(m, text, ""));
  }

  private static final SearchIndex.MetadataLookup NO_META = ids -> Map.of();

  private Path index(Workspace ws, List<AnalyzedStatement> statements, Embedder e) {
    ws.ingest(statements);
    Path dir = tmp.resolve("ws.db.search");
    SearchIndexWriter.rebuild(ws, dir, new PhraseCoder(Codebook.defaults()), e, 1, x -> { });
    return dir;
  }

  @Test
  void aPassageHitShowsItsSentenceNearestTheQueryAndFiltersApplyToTheVectors() {
    try (Workspace ws = Workspace.open(tmp.resolve("ws.db"))) {
      Path dir = index(ws, List.of(
          statement("ru-1", "RU", "The leaders spoke by telephone on Tuesday. They discussed grain exports through ports. "
              + "Fertiliser shipments were also reviewed. The sides agreed to keep in touch."),
          statement("us-1", "US", "The President spoke with the Chancellor. Grain exports through ports were discussed at length.")),
          new Words());
      try (SearchIndex idx = SearchIndex.open(dir)) {
        assertThat(idx.embedderId()).isEqualTo("test-words");
        List<SearchHit> hits = idx.search(new SearchQuery("grain exports ports", null, null, null, 5),
            SearchIndex.Mode.VECTOR, new Words(), NO_META);
        assertThat(hits).extracting(SearchHit::statement).containsExactlyInAnyOrder("ru-1", "us-1");
        SearchHit ru = hits.stream().filter(h -> h.statement().equals("ru-1")).findFirst().orElseThrow();
        // one passage of four sentences; the sentence shown is the one about grain, not the passage's first
        assertThat(ru.sentences().get(0).index()).isEqualTo(1);
        assertThat(ru.sentences().get(0).text()).startsWith("They discussed grain exports");

        // --side and the query's own field clauses restrict the vector ranking too
        assertThat(idx.search(new SearchQuery("grain exports ports", "US", null, null, 5), SearchIndex.Mode.VECTOR,
            new Words(), NO_META)).extracting(SearchHit::statement).containsExactly("us-1");
        assertThat(idx.search(new SearchQuery("side:RU AND grain exports", null, null, null, 5), SearchIndex.Mode.HYBRID,
            new Words(), NO_META)).extracting(SearchHit::statement).containsExactly("ru-1");
        assertThat(idx.search(new SearchQuery("grain NOT side:RU", null, null, null, 5), SearchIndex.Mode.VECTOR,
            new Words(), NO_META)).extracting(SearchHit::statement).containsExactly("us-1");
      }
    }
  }

  /** {@link Words}, counting the texts it is asked to embed. */
  static final class Counting implements Embedder {
    final Words words = new Words();
    final List<String> embedded = new ArrayList<>();

    @Override
    public String modelId() {
      return words.modelId();
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
      embedded.addAll(texts);
      return words.embedAll(texts);
    }
  }

  @Test
  void passagesAreMappedToSentencesByTheQueryWordsWithoutEmbeddingTheirSentencesAgain() {
    try (Workspace ws = Workspace.open(tmp.resolve("ws.db"))) {
      List<AnalyzedStatement> all = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        all.add(statement("ru-" + i, "RU", "The leaders spoke by telephone on Tuesday. They discussed grain exports through "
            + "ports number " + i + ". Fertiliser shipments were also reviewed. The sides agreed to keep in touch."));
      }
      all.add(statement("us-1", "US", "Harvest reports from the farms were read. Wheat shipments across the ocean were "
          + "delayed by storms. The farmers asked for credit."));
      Path dir = index(ws, all, new Words());
      try (SearchIndex idx = SearchIndex.open(dir)) {
        Counting e = new Counting();
        List<SearchHit> hits = idx.search(new SearchQuery("grain exports ports", null, null, null, 20), SearchIndex.Mode.HYBRID,
            e, NO_META);
        assertThat(hits).hasSize(13);
        assertThat(hits.get(0).sentences().get(0).text()).startsWith("They discussed grain exports");
        // the query is embedded, and the one passage shown without any of its words ('us-1': chosen by meaning
        // alone), never the dozen passages whose sentences have the query's words
        assertThat(e.embedded).hasSize(1 + 3);
        assertThat(e.embedded.get(0)).isEqualTo("grain exports ports");
        assertThat(e.embedded.subList(1, 4)).allSatisfy(t -> assertThat(t).doesNotContain("grain"));
      }
    }
  }

  @Test
  void hybridFusesTheStatementRankingsOfBm25AndTheVectorsWithTheVectorsWeighedLess() {
    SearchIndex.Ranked a = new SearchIndex.Ranked(10, 9, List.of());
    SearchIndex.Ranked b = new SearchIndex.Ranked(20, 8, List.of());
    SearchIndex.Ranked c = new SearchIndex.Ranked(30, 7, List.of());
    SearchIndex.Ranked bVec = new SearchIndex.Ranked(20, 0.9, List.of());
    SearchIndex.Ranked cVec = new SearchIndex.Ranked(30, 0.8, List.of());
    // a: 1/61; b: 1/62 + 0.5/62; c: 1/63 + 0.5/61
    List<SearchIndex.Ranked> fused = VectorSearch.fuseStatements(List.of(a, b, c), List.of(cVec, bVec), 0.5);
    assertThat(fused).extracting(SearchIndex.Ranked::block).containsExactly(20L, 30L, 10L);
    assertThat(fused.get(0).score()).isCloseTo(1.5 / 62, org.assertj.core.api.Assertions.within(1e-12));
    // weighed like BM25, the vectors' first pick would come first
    assertThat(VectorSearch.fuseStatements(List.of(a, b, c), List.of(cVec, bVec), 1)).extracting(SearchIndex.Ranked::block)
        .containsExactly(30L, 20L, 10L);
    assertThat(SearchRanking.DEFAULT.fuseStatements()).isTrue();
    assertThat(SearchRanking.DEFAULT.vectorWeight()).isEqualTo(0.5);
  }

  @Test
  void theVectorRankingIsFilteredOnlyWhenSomethingRestrictsIt() {
    assertThat(VectorSearch.filter(SearchIndex.parse("grain exports"), new SearchQuery("grain exports", null, null, null, 5)))
        .isNull(); // a match-all filter costs a bit set of every vector per query
    assertThat(VectorSearch.filter(SearchIndex.parse("grain"), new SearchQuery("grain", "RU", null, null, 5))).isNotNull();
    assertThat(VectorSearch.filter(SearchIndex.parse("side:RU AND grain"), new SearchQuery("side:RU AND grain", null, null,
        null, 5)).toString()).contains("side:RU");
    assertThat(VectorSearch.filter(SearchIndex.parse("grain"), new SearchQuery("grain", null, LocalDate.of(2021, 1, 1), null,
        5))).isNotNull();
  }

  @Test
  void hybridFindsAParaphraseThatBm25Misses() {
    try (Workspace ws = Workspace.open(tmp.resolve("ws.db"))) {
      Path dir = index(ws, List.of(
          statement("a", "RU", "Moscow wants written guaranties about alliance enlargement."),
          statement("b", "US", "Guarantees of supply were given to farmers for the harvest season.")), new Words());
      try (SearchIndex idx = SearchIndex.open(dir)) {
        SearchQuery q = new SearchQuery("written guarantees about alliance enlargement", null, null, null, 5);
        // the words 'guaranties' and 'guarantees' stem apart: BM25 finds 'a' only by its other words
        List<SearchHit> hybrid = idx.search(q, SearchIndex.Mode.HYBRID, new Words(), NO_META);
        assertThat(hybrid.get(0).statement()).isEqualTo("a");
        assertThat(hybrid.get(0).sentences().get(0).highlights()).isNotEmpty(); // highlights from the text query
      }
    }
  }

  @Test
  void ingestUpdatesKeepVectorsOfTheSameModelAndRefuseAnother() {
    try (Workspace ws = Workspace.open(tmp.resolve("ws.db"))) {
      Path dir = index(ws, List.of(statement("a", "RU", "The sides discussed strategic stability and arms control.")),
          new Words());
      ws.ingest(List.of(statement("b", "US", "Cyber security and ransomware attacks were raised by the President.")));
      PhraseCoder coder = new PhraseCoder(Codebook.defaults());
      assertThatThrownBy(() -> SearchIndexWriter.update(ws, dir, List.of("b"), coder, 1, (Embedder) null))
          .isInstanceOf(ReadoutException.class).hasMessageContaining("test-words");
      SearchIndexWriter.update(ws, dir, List.of("b"), coder, 1, new Words());
      try (SearchIndex idx = SearchIndex.open(dir)) {
        assertThat(idx.embedderId()).isEqualTo("test-words");
        assertThat(idx.search(new SearchQuery("ransomware attacks", null, null, null, 5), SearchIndex.Mode.VECTOR,
            new Words(), NO_META)).extracting(SearchHit::statement).first().isEqualTo("b");
      }
    }
  }

  @Test
  void theWordsOfAQueryLeaveOutFieldsAndSyntax() {
    assertThat(SearchQueries.words("side:RU AND \"security guarantees\" date:[2021-12-01 TO 2021-12-31]"))
        .isEqualTo("security guarantees");
    assertThat(SearchQueries.words("topic:ukraine AND actor:putin")).isEmpty();
    assertThat(SearchQueries.words("\"New START\"~3 extension^2")).isEqualTo("New START extension");
  }
}
