package org.readout.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.model.Statement;

/** Every supported encoding decodes to the same text; legacy code pages are detected with a warning. */
class EncodingTest {
  private static final String FRONT = "---\ntitle: \"Réunion\"\ndate: \"2024-05-02\"\nside: \"%s\"\nkind: \"readout\"\n---\n\n";

  @TempDir
  Path dir;

  private final List<String> warnings = new ArrayList<>();

  private Statement ingest(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return Ingest.readSources(List.of(p.toString()), IngestOptions.defaults().withWarnings(warnings::add)).get(0);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void utf8WithAndWithoutBomGiveTheSameStatement() throws IOException {
    String doc = FRONT.formatted("FR") + "Les ministres se sont réunis à Genève\u00a0: « accord » conclu.\n";
    Statement plain = ingest("plain.md", doc.getBytes(StandardCharsets.UTF_8));
    Statement bom = ingest("plain-bom.md", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        doc.getBytes(StandardCharsets.UTF_8)));
    assertThat(plain.text()).isEqualTo("Les ministres se sont réunis à Genève : « accord » conclu.");
    assertThat(bom.text()).isEqualTo(plain.text());
    assertThat(bom.sha256()).isEqualTo(plain.sha256());
    assertThat(bom.meta().title()).isEqualTo("Réunion");
    assertThat(warnings).isEmpty();
  }

  @Test
  void utf16WithBomInBothByteOrders() throws IOException {
    String doc = FRONT.formatted("UA") + "Міністри зустрілися в Києві.\nThe talks “went well”.\n";
    Statement le = ingest("le.md", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, doc.getBytes(StandardCharsets.UTF_16LE)));
    Statement be = ingest("be.md", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, doc.getBytes(StandardCharsets.UTF_16BE)));
    assertThat(le.text()).isEqualTo("Міністри зустрілися в Києві. The talks “went well”.");
    assertThat(be.text()).isEqualTo(le.text());
    assertThat(le.meta().side()).isEqualTo("UA");
    assertThat(warnings).isEmpty();
  }

  @Test
  void windows1251IsDetectedAndDecodedWithAWarning() throws IOException {
    String doc = FRONT.formatted("RU").replace("Réunion", "Встреча") + "Президенты обсудили ситуацию на Украине и "
        + "договорились продолжить диалог. Stated in Moscow.\n";
    Statement st = ingest("ru-1251.md", doc.getBytes(Charset.forName("windows-1251")));
    assertThat(st.text()).isEqualTo("Президенты обсудили ситуацию на Украине и договорились продолжить диалог. "
        + "Stated in Moscow.");
    assertThat(st.meta().title()).isEqualTo("Встреча");
    assertThat(warnings).singleElement().asString().contains("ru-1251.md", "windows-1251");
  }

  @Test
  void windows1252IsDetectedAndDecodedWithAWarning() throws IOException {
    String doc = FRONT.formatted("DE") + "Die Außenminister trafen sich in Genève; naïve Erwartungen wurden "
        + "gedämpft – so der Sprecher: “Fortschritt”.\n";
    Statement st = ingest("de-1252.md", doc.getBytes(Charset.forName("windows-1252")));
    assertThat(st.text()).isEqualTo("Die Außenminister trafen sich in Genève; naïve Erwartungen wurden gedämpft – so "
        + "der Sprecher: “Fortschritt”.");
    assertThat(st.meta().title()).isEqualTo("Réunion");
    assertThat(warnings).singleElement().asString().contains("de-1252.md", "windows-1252");
  }
}
