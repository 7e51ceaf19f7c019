package org.readout.store.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.ReadoutException;

/** The relevance measures of a judged query set, computed by hand, and the reading of its two files. */
class JudgementsTest {
  @TempDir
  Path tmp;

  @Test
  void nDcgAt10CountsGradedGainsAgainstTheIdealOrderOfEveryJudgedStatement() {
    // a (2) first, b (0), c (1) third; x (2) was judged but not found: the ideal ranking is x/a, a/x, c
    Judgements.Scores s = Judgements.score(List.of("a", "b", "c", "d", "e", "f"), Map.of("a", 2, "b", 0, "c", 1, "x", 2));
    double dcg = 3 / 1.0 + 1 / 2.0; // (2^2 - 1) / log2(2) + (2^1 - 1) / log2(4)
    double ideal = 3 / 1.0 + 3 / (Math.log(3) / Math.log(2)) + 1 / 2.0;
    assertThat(s.ndcg10()).isCloseTo(dcg / ideal, within(1e-9));
    assertThat(s.p5()).isEqualTo(0.4); // a and c among the first five
    assertThat(s.rr10()).isEqualTo(1.0);
    assertThat(s.judged()).isEqualTo(3); // d, e, f unjudged: not relevant, and counted apart
  }

  @Test
  void reciprocalRankIsThatOfTheFirstStatementGradedAtLeastOneWithinTen() {
    Map<String, Integer> grades = Map.of("c", 1, "z", 2);
    assertThat(Judgements.score(List.of("a", "b", "c"), grades).rr10()).isCloseTo(1 / 3.0, within(1e-9));
    List<String> eleven = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "z");
    Judgements.Scores late = Judgements.score(eleven, grades);
    assertThat(late.rr10()).isZero();
    assertThat(late.ndcg10()).isZero();
    assertThat(Judgements.score(List.of(), grades).p5()).isZero();
    // a perfect ranking scores 1
    assertThat(Judgements.score(List.of("z", "c"), grades).ndcg10()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void meansAreTakenOverQueries() {
    Judgements.Scores m = Judgements.Scores.mean(List.of(new Judgements.Scores(1, 1, 1, 10), new Judgements.Scores(0.5, 0.2, 0, 6)));
    assertThat(m).isEqualTo(new Judgements.Scores(0.75, 0.6, 0.5, 8));
  }

  @Test
  void readsQueriesWithFiltersAndGradesSkippingCommentsAndTheReadingColumns() throws Exception {
    Files.writeString(tmp.resolve("queries.tsv"), """
        # written by hand
        id\thalf\tquery\tside\tfrom\tto
        q1\tdev\t"grain corridor" talks\tRU\t2022-05-01\t2022-06-30
        q2\ttest\tharvest\t\t\t
        """);
    Files.writeString(tmp.resolve("judgements.tsv"), """
        query\tstatement\tgrade\tdate\ttitle
        q1\tkremlin:1\t2\t2022-05-28\tTelephone conversation
        q1\tkremlin:2\t0\t2022-06-01\tMeeting
        q2\twh:3\t1\t\t
        """);
    Judgements j = Judgements.read(tmp.resolve("judgements.tsv")); // a file names its folder
    assertThat(j.half("dev")).containsExactly(new Judgements.Query("q1", "dev", "\"grain corridor\" talks", "RU",
        LocalDate.of(2022, 5, 1), LocalDate.of(2022, 6, 30)));
    assertThat(j.half("test")).extracting(Judgements.Query::side).containsExactly((String) null);
    assertThat(j.half("all")).hasSize(2);
    assertThat(j.grades("q1")).containsExactlyInAnyOrderEntriesOf(Map.of("kremlin:1", 2, "kremlin:2", 0));
    assertThat(j.grades("q2")).containsEntry("wh:3", 1);
  }

  @Test
  void aBadGradeOrAnUnknownQueryNamesTheFileAndLine() throws Exception {
    Files.writeString(tmp.resolve("queries.tsv"), "id\thalf\tquery\tside\tfrom\tto\nq1\tdev\tharvest\t\t\t\n");
    Files.writeString(tmp.resolve("judgements.tsv"), "query\tstatement\tgrade\nq1\ta\t3\n");
    assertThatThrownBy(() -> Judgements.read(tmp)).isInstanceOf(ReadoutException.class)
        .hasMessageContaining("judgements.tsv:2").hasMessageContaining("grade must be 0, 1 or 2");
    Files.writeString(tmp.resolve("judgements.tsv"), "query\tstatement\tgrade\nq9\ta\t1\n");
    assertThatThrownBy(() -> Judgements.read(tmp)).hasMessageContaining("no query 'q9'");
  }
}
