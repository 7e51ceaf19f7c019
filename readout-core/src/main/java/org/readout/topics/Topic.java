package org.readout.topics;

import java.util.List;
import java.util.Objects;

/**
 * One code of a {@link Codebook}.
 *
 * @param id        stable id, lowercase with hyphens ({@code strategic-stability})
 * @param label     display label
 * @param scope     scope note: what the topic covers and what it does not
 * @param include   phrases any of which codes a sentence with this topic (see {@link PhraseMatcher} for the syntax)
 * @param exclude   phrases that veto the topic for a sentence: they block the semantic rule, and any include
 *                  match lying inside an exclude match
 * @param examples  example sentences; a sentence whose embedding is close enough to one of them is coded
 * @param threshold cosine threshold for the semantic rule, or {@code NaN} for the codebook default
 */
public record Topic(String id, String label, String scope, List<String> include, List<String> exclude,
                    List<String> examples, double threshold) {
  public Topic {
    Objects.requireNonNull(id, "id");
    label = label == null || label.isBlank() ? id : label;
    scope = scope == null ? "" : scope;
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
    examples = List.copyOf(examples);
  }
}
