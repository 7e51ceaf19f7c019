package org.readout.report.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.compare.Finding;

/** The Markdown and HTML reports group findings by type: a type missing from the order would be dropped silently. */
class FindingTypesRenderedTest {
  @Test
  void everyFindingTypeHasAPlaceInTheReports() throws Exception {
    List<String> types = new ArrayList<>();
    for (Field f : Finding.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
        types.add((String) f.get(null));
      }
    }
    assertThat(types).contains(Finding.SINGLE_SIDE, Finding.LENGTH_ASYMMETRY);
    assertThat(CompareMarkdown.TYPE_ORDER).containsExactlyInAnyOrderElementsOf(types);
  }
}
