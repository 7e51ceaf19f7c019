package org.readout.compare;

import java.util.ArrayList;
import java.util.List;
import org.readout.topics.CodedStatement;
import org.readout.topics.TopicHit;

/**
 * Whether a statement <em>raises</em> a topic, as opposed to touching it in passing — the evidence a
 * one-sided-topic finding needs before it claims that one side raised a topic and the other did not.
 * A sentence counts as evidence when it is the statement's own content (not a question, moderator line,
 * pleasantry or atmosphere remark: {@link SentenceRoles}) and is about the topic, not merely naming it in
 * passing: its topic hit scores at least {@value #MIN_SCORE} against the topic's examples (a country named in
 * a list of past wars, an anniversary in a greeting, a forum in an enumeration of formats score lower). The
 * statement needs one such sentence per {@value #CONTENT_PER_SENTENCE} content sentences (at least one): a
 * 10-sentence readout raises a topic in one sentence, an 8,000-word press conference needs several, because a
 * long transcript names many topics in passing. Stateless.
 */
final class TopicRaise {
  /** Lowest topic score of a sentence that counts as raising the topic. */
  static final double MIN_SCORE = 0.60;
  /** Content sentences of a statement per evidence sentence needed. */
  static final int CONTENT_PER_SENTENCE = 50;

  private TopicRaise() {
  }

  /** The sentences of {@code c} (among {@code coded}, the topic's coded sentences) that count as evidence. */
  static List<Integer> evidence(CodedStatement c, String topic, List<Integer> coded, List<SentenceRoles.Role> roles) {
    List<Integer> out = new ArrayList<>();
    for (int i : coded) {
      if (!roles.get(i).content()) {
        continue;
      }
      double best = 0;
      for (TopicHit h : c.hits().get(i)) {
        if (h.topic().equals(topic)) {
          best = Math.max(best, h.score());
        }
      }
      if (best >= MIN_SCORE) {
        out.add(i);
      }
    }
    return out;
  }

  /** Evidence sentences a statement with these roles needs to raise a topic. */
  static int needed(List<SentenceRoles.Role> roles) {
    long content = roles.stream().filter(SentenceRoles.Role::content).count();
    return (int) Math.max(1, (content + CONTENT_PER_SENTENCE - 1) / CONTENT_PER_SENTENCE);
  }
}
