package org.readout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.analysis.AnalysisStage;
import org.readout.analysis.Layers;
import org.readout.compare.Comparison;
import org.readout.model.AnalyzedStatement;
import org.readout.model.LayerKey;
import org.readout.model.Statement;
import org.readout.model.StatementMeta;

/** The façade and the assembly of its engine: stages by name, checked at build time, run once each. */
class ReadoutEngineTest {
  private static final LocalDate DAY = LocalDate.of(2030, 1, 10);
  private static final String WEST = "President Biden spoke with President Putin of Russia. "
      + "The two presidents tasked their teams to follow up. President Biden said that the United States wanted calm. "
      + "The leaders recalled the June 2021 summit in Geneva.";
  private static final String EAST = "Vladimir Putin had a conversation with Joseph Biden. "
      + "They agreed to instruct their ministers to hold consultations. Putin stressed that Russia threatened no one.";

  /** Counts the statements a stage processes. */
  private record Counting(AnalysisStage stage, AtomicInteger calls) implements AnalysisStage {
    @Override
    public String name() {
      return stage.name();
    }

    @Override
    public Set<LayerKey<?>> requires() {
      return stage.requires();
    }

    @Override
    public Set<LayerKey<?>> provides() {
      return stage.provides();
    }

    @Override
    public AnalyzedStatement process(AnalyzedStatement in) {
      calls.incrementAndGet();
      return stage.process(in);
    }
  }

  @Test
  void compareAttributesEachStatementOnce() {
    AtomicInteger attributed = new AtomicInteger();
    AtomicInteger extracted = new AtomicInteger();
    Readout readout = Readout.builder().wrapStages(s -> switch (s.name()) {
      case "attribution" -> new Counting(s, attributed);
      case "commitments" -> new Counting(s, extracted);
      default -> s;
    }).build();
    Statement west = readout.parse(StatementMeta.of("west", "US", DAY), WEST);
    Statement east = readout.parse(StatementMeta.of("east", "RU", DAY), EAST);

    Comparison c = readout.compare(west, east);

    assertThat(attributed).hasValue(2);
    assertThat(extracted).hasValue(2);
    // what the comparison reports is exactly what the stages produced
    assertThat(c.attributions().get("east")).extracting(a -> a.speakerId()).contains("putin");
    assertThat(c.commitmentPairs()).isNotEmpty();
    // compare reads layers: analysed statements are not analysed again
    List<AnalyzedStatement> analysed = readout.analyzeAll(List.of(west, east));
    Comparison again = readout.compare(analysed);
    assertThat(attributed).hasValue(4);
    assertThat(again.findings()).isEqualTo(c.findings());
    assertThat(c.events()).extracting(e -> e.date()).contains("2021-06");
    assertThat(readout.timeline(analysed)).isEqualTo(c.events());
  }

  @Test
  void storedStatementsAreCompletedNotReanalysed() {
    AtomicInteger sentences = new AtomicInteger();
    Readout readout = Readout.builder().wrapStages(s -> s.name().equals("sentences") ? new Counting(s, sentences) : s)
        .build();
    Statement west = readout.parse(StatementMeta.of("west", "US", DAY), WEST);
    AnalyzedStatement stored = TestEngines.TEXT.analyze(west);
    AnalyzedStatement complete = readout.complete(stored);
    assertThat(sentences).hasValue(0);
    assertThat(complete.sentences()).isEqualTo(stored.sentences());
    assertThat(complete.layerNames()).contains("topics", "attributions", "commitments", "temporal", "events");
  }

  @Test
  void parseNormalisesAndOffsetsReferToTheNormalisedText() {
    Readout readout = TestEngines.RULES;
    Statement st = readout.parse(StatementMeta.of("x", "US", DAY), "President  Biden\nspoke with\u00a0President Putin.\n\n* * *");
    assertThat(st.text()).isEqualTo("President Biden spoke with President Putin.");
    AnalyzedStatement a = readout.analyze(st);
    assertThat(a.mentions()).allSatisfy(m -> assertThat(st.text().substring(m.start(), m.end())).isEqualTo(m.surface()));
  }

  @Test
  void unknownStageIsRejectedListingTheValidOnes() {
    assertThatThrownBy(() -> Readout.builder().stages("sentences", "tokenz").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown stage 'tokenz'; valid stages: sentences, limits, tokens, pos, actors, clauses, topics, "
            + "attribution, commitments, time");
  }

  @Test
  void clausesNeedMentions() {
    assertThatThrownBy(() -> Readout.builder().stages("sentences", "tokens", "clauses").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("stage 'clauses' needs layers no earlier stage provides: 'mentions' (stage 'actors')");
  }

  @Test
  void aStageWhoseInputNoEarlierStageProvidesIsRejectedAtBuildTime() {
    assertThatThrownBy(() -> Readout.builder().stages("sentences", "tokens", "commitments").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stage 'commitments' needs layers no earlier stage provides: 'attributions' (stage 'attribution'), "
            + "'clauses' (stage 'clauses'), 'mentions' (stage 'actors'), 'topics' (stage 'topics'); stages before it: "
            + "[sentences, tokens]");
    assertThatThrownBy(() -> Readout.builder().stages("sentences", "tokens", "actors", "clauses", "attribution",
        "commitments").build())
        .hasMessageContaining("needs layers no earlier stage provides: 'topics' (stage 'topics');");
  }

  @Test
  void aMissingLayerNamesItsStage() {
    AnalyzedStatement text = TestEngines.TEXT.analyze(TestEngines.TEXT.parse(StatementMeta.of("x", "US", DAY), WEST));
    assertThat(text.layer(Layers.ATTRIBUTIONS)).isEmpty();
    assertThatThrownBy(() -> text.require(Layers.ATTRIBUTIONS)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no 'attributions' layer").hasMessageContaining("'attribution' stage");
  }

  @Test
  void anEngineWithoutTheLayersCompareReadsCannotCompare() {
    Readout text = TestEngines.TEXT;
    assertThatThrownBy(() -> text.compare(text.parse(StatementMeta.of("x", "US", DAY), WEST)))
        .isInstanceOf(ReadoutException.class).hasMessageContaining("compare needs the 'topics' stage");
    Readout noModel = TestEngines.RULES;
    assertThatThrownBy(() -> noModel.compare(noModel.parse(StatementMeta.of("x", "US", DAY), WEST)))
        .isInstanceOf(ReadoutException.class).hasMessageContaining("sentence embeddings");
  }

  @Test
  void aUserDictionaryReachesMentionsAttributionAndCommitments(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("extra.yaml");
    Files.writeString(file, String.join("\n", "version: 1", "persons:", "  - id: quillfeather",
        "    name: Odile Quillfeather", "    gender: female", "    state: FRA",
        "    aliases: [Odile Quillfeather, Quillfeather]",
        "    roles:", "      - {role: foreign-minister, of: FRA, from: 2020-01-01, title: Foreign Minister}", ""));
    String text = "Foreign Minister Odile Quillfeather spoke with her counterpart. "
        + "Quillfeather said that France would keep supporting the mission.";
    Readout user = Readout.builder().embedder(null).actors(file).build();
    AnalyzedStatement a = user.analyze(StatementMeta.of("fr", "FR", DAY), text);
    assertThat(a.mentions()).extracting(m -> m.actorId()).contains("quillfeather");
    assertThat(a.require(Layers.ATTRIBUTIONS)).anySatisfy(x -> {
      assertThat(x.speaker()).isEqualTo("Odile Quillfeather");
      assertThat(x.speakerId()).isEqualTo("quillfeather");
      assertThat(x.speakerActor()).isEqualTo("FRA");
    });
    assertThat(a.require(Layers.COMMITMENTS)).anySatisfy(c -> assertThat(c.speakers()).contains("Odile Quillfeather"));
    // without the user's dictionary the name is still found (a speaker beyond the dictionary), but unresolved
    AnalyzedStatement bundled = TestEngines.RULES.analyze(StatementMeta.of("fr", "FR", DAY), text);
    assertThat(bundled.require(Layers.ATTRIBUTIONS)).noneMatch(x -> x.speakerId().equals("quillfeather"));
    assertThat(bundled.require(Layers.ATTRIBUTIONS)).filteredOn(x -> x.speaker().equals("Odile Quillfeather"))
        .allSatisfy(x -> assertThat(x.speakerId()).isEmpty());
  }

  /**
   * No stage or analysis class looks a collaborator up behind the caller's back: the bundled loaders
   * ({@code bundled()}, {@code Codebook.defaults()}) are called only where an engine is assembled.
   */
  @Test
  void bundledDataIsLoadedOnlyWhereTheEngineIsAssembled() throws IOException {
    Pattern call = Pattern.compile("(\\w+)\\.(?:bundled|standard|defaults)\\(\\)");
    Set<String> assembly = Set.of("ReadoutConfig.java", "Readout.java");
    // loaders built on other loaders: a user dictionary is merged over the bundled one; speakers read
    // the pronouns of the cue file; the static embedding table is built from the bundled model's
    // vocabulary and adapter (StaticEmbedder.open, called where the engine's embedder is configured)
    Set<String> loaders = Set.of("ActorDictionary.java", "SpeakerLexicon.java", "CueLexicon.java", "StaticEmbedder.java");
    List<String> offenders = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String name = f.getFileName().toString();
        int n = 0;
        for (String line : Files.readAllLines(f)) {
          n++;
          String code = line.strip();
          if (code.startsWith("*") || code.startsWith("/*") || code.startsWith("//")) {
            continue;
          }
          Matcher m = call.matcher(code);
          while (m.find()) {
            if (!assembly.contains(name) && !loaders.contains(name)) {
              offenders.add(f + ":" + n + ": " + code);
            }
          }
        }
      }
    }
    assertThat(offenders).isEmpty();
  }
}
