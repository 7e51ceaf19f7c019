package org.readout.store.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.TestEngines;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Statement;
import org.readout.model.StatementMeta;
import org.readout.store.Workspace;
import org.readout.topics.Codebook;
import org.readout.topics.PhraseCoder;

/**
 * How BM25 search ranks statements (hand-written statements, real Lucene index and SQLite workspace): a statement
 * scores its best passage of consecutive sentences, weighed by how much of the query the passage covers and
 * normalised by the statement's length; plain words also score as adjacent pairs; highlights are the query's words.
 */
class SearchRankingTest {
  @TempDir
  Path tmp;

  private static final SearchIndex.MetadataLookup NO_META = ids -> Map.of();

  /** Unrelated statements, so that the words of the queries are rare (IDF as in a real workspace). */
  private static final String[] FILLER = {
      "The delegations toured the port and met students of the technical college.",
      "The ministers reviewed the budget for road repairs and school meals.",
      "A concert marked the anniversary of the city's founding.",
      "The governor reported on the harvest, the new hospital wing and the tram line.",
      "Officials discussed tourism, museum exchanges and direct flights between the capitals.",
      "The committee approved rules for public procurement and the audit office.",
  };

  private static AnalyzedStatement statement(String id, String text) {
    StatementMeta m = new StatementMeta(id, "", LocalDate.of(2021, 12, 7), "Office", "RU", "readout", "", "", "", "");
    return TestEngines.TEXT.analyze(Statement.of(m, text, ""));
  }

  private SearchIndex index(Workspace ws, List<AnalyzedStatement> statements) {
    List<AnalyzedStatement> all = new ArrayList<>(statements);
    for (int i = 0; i < 30; i++) {
      all.add(statement("filler-" + i, FILLER[i % FILLER.length] + " " + FILLER[(i + 2) % FILLER.length]));
    }
    ws.ingest(all);
    Path dir = tmp.resolve("ws.db.search");
    SearchIndexWriter.rebuild(ws, dir, new PhraseCoder(Codebook.defaults()), 1, x -> { });
    return SearchIndex.open(dir);
  }

  private static List<String> ids(List<SearchHit> hits) {
    return hits.stream().map(SearchHit::statement).toList();
  }

  private static String filler(int sentences) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < sentences; i++) {
      sb.append(FILLER[i % FILLER.length]).append(' ');
    }
    return sb.toString();
  }

  @Test
  void aStatementThatDiscussesTheQueryOverSeveralSentencesRanksAboveOneThatNamesItOnce() {
    try (Workspace ws = Workspace.open(tmp.resolve("ws.db"))) {
      try (SearchIndex idx = index(ws, List.of(
          statement("a-once", "The sides held a telephone conversation. Firm written assurances on grain corridors were "
              + "discussed. The leaders agreed to stay in touch."),
          statement("b-discussed", "The sides held a telephone conversation. The President set out the proposal for firm "
              + "written assurances on grain corridors, ruling out blockades of the ports. The draft agreement on grain "
              + "corridors and the written assurances were explained in detail. The leaders agreed to stay in touch.")))) {
        List<SearchHit> hits = idx.search(new SearchQuery("written assurances grain corridors", null, null, null, 5), NO_META);
        assertThat(ids(hits)).startsWith("b-discussed", "a-once");
        // the statement's score is its passage's: more than its best sentence alone
        assertThat(hits.get(0).score()).isGreaterThan(hits.get(0).sentences().get(0).score());
      }
    }
  }

  @Test
  void aPassageRepeatingSomeOfTheWordsDoesNotOutrankASentenceWithAllOfThem() {
    try (Workspace ws = Workspace.open(tmp.resolve("ws.db"))) {
      try (SearchIndex idx = index(ws, List.of(
          statement("a-partial", "Supply chains for chips were reviewed. Resilient supply chains need partners. "
              + "The supply chains task force met again."),
          statement("b-all", "Prices rose because of inflation and strained supply chains.")))) {
        List<SearchHit> hits = idx.search(new SearchQuery("inflation supply chains", null, null, null, 5), NO_META);
        assertThat(ids(hits)).startsWith("b-all", "a-partial");
      }
    }
  }

  @Test
  void theSamePassageRanksHigherInAShortStatementThanInALongTranscript() {
    String passage = "Both sides called for a ceasefire along the river crossing. ";
    try (Workspace ws = Workspace.open(tmp.resolve("ws.db"))) {
      // the long one sorts first by id: only the length normalisation puts the short one ahead
      try (SearchIndex idx = index(ws, List.of(
          statement("a-long", filler(60) + passage + filler(60)),
          statement("b-short", "The leaders spoke by telephone. " + passage + "They agreed to stay in touch.")))) {
        List<SearchHit> hits = idx.search(new SearchQuery("ceasefire river crossing", null, null, null, 5), NO_META);
        assertThat(ids(hits)).containsExactly("b-short", "a-long");
        assertThat(hits.get(0).sentences().get(0).score()).isEqualTo(hits.get(1).sentences().get(0).score());
        assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score() * 1.2);
      }
    }
  }

  @Test
  void adjacentWordPairsOfTheQueryGivePartialCreditToAnotherWording() {
    try (Workspace ws = Workspace.open(tmp.resolve("ws.db"))) {
      try (SearchIndex idx = index(ws, List.of(
          statement("a-scattered", "Guarantees, security and binding rules were legally reviewed."),
          statement("b-reworded", "Moscow wants legally binding guarantees of its security, the minister said at the long "
              + "meeting on Tuesday.")))) {
        List<SearchHit> hits = idx.search(new SearchQuery("legally binding security guarantees", null, null, null, 5), NO_META);
        // neither has the four words in a row; the one that has "legally binding" together ranks first, though longer
        assertThat(ids(hits)).containsExactly("b-reworded", "a-scattered");
      }
    }
  }

  @Test
  void highlightsAreTheQueryWordsOfTheSentenceAndPhrasesStayWhole() {
    try (Workspace ws = Workspace.open(tmp.resolve("ws.db"))) {
      try (SearchIndex idx = index(ws, List.of(
          statement("a", "The leaders spoke by telephone. Security guarantees were discussed; guarantees of security matter.")))) {
        SearchHit plain = idx.search(new SearchQuery("security guarantees NOT telephone", null, null, null, 5), NO_META).get(0);
        SearchHit.SentenceHit s = plain.sentences().get(0);
        List<String> marked = s.highlights().stream()
            .map(h -> s.text().substring(h.start() - s.start(), h.end() - s.start())).toList();
        assertThat(marked).containsExactly("Security", "guarantees", "guarantees", "security");

        SearchHit phrase = idx.search(new SearchQuery("\"security guarantees\"", null, null, null, 5), NO_META).get(0);
        SearchHit.SentenceHit p = phrase.sentences().get(0);
        assertThat(p.highlights()).hasSize(1);
        assertThat(p.text().substring(p.highlights().get(0).start() - p.start(), p.highlights().get(0).end() - p.start()))
            .isEqualTo("Security guarantees");
      }
    }
  }
}
