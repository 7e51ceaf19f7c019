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
 * @param mentions  phrases (include syntax) naming the topic's key actors or objects ("its allies" for coordination
 *                  with allies): a sentence naming one does not raise the topic, but it mentions it, so the other
 *                  side cannot be said to leave the topic out (the comparison's omission check); vetoed by exclude
 */
public record Topic(String id, String label, String scope, List<String> include, List<String> exclude,
                    List<String> examples, double threshold, List<String> mentions) {
  public Topic {
    Objects.requireNonNull(id, "id");
    label = label == null || label.isBlank() ? id : label;
    scope = scope == null ? "" : scope;
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
    examples = List.copyOf(examples);
    mentions = mentions == null ? List.of() : List.copyOf(mentions);
  }

  /** A topic without key mentions. */
  public Topic(String id, String label, String scope, List<String> include, List<String> exclude,
               List<String> examples, double threshold) {
    this(id, label, scope, include, exclude, examples, threshold, List.of());
  }

  /** This topic as phrase rules that match its key mentions instead of its include phrases. */
  Topic asMentions() {
    return new Topic(id, label, scope, mentions, exclude, List.of(), threshold, List.of());
  }
}
