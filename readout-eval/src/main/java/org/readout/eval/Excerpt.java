package org.readout.eval;

import org.readout.eval.Locator.Span;
import org.readout.model.Statement;

/**
 * The paragraph around a gold quote, as a statement of its own: pair-level evaluation compares the two
 * paragraphs holding a labelled pair instead of the two whole bulk items, so a pair costs a few sentences of
 * analysis and embedding, not two 10,000-word transcripts. A paragraph longer than {@value #MAX} characters is
 * cut to the sentences around the quote. The excerpt keeps the record's metadata (side, date, kind).
 *
 * @param statement the excerpt (id: the record's id, "~", its offset)
 * @param quote     the quote's span inside the excerpt's text
 */
record Excerpt(Statement statement, CompareScoring.Located quote) {
  static final int MAX = 1200;

  static Excerpt of(Corpus.Record r, CompareScoring.Located q) {
    String text = r.statement().text();
    int qs = q.span().start();
    int qe = q.span().end();
    int start = text.lastIndexOf("\n\n", qs);
    start = start < 0 ? 0 : start + 2;
    int end = text.indexOf("\n\n", qe);
    end = end < 0 ? text.length() : end;
    if (end - start > MAX) {
      int half = Math.max(0, (MAX - (qe - qs)) / 2);
      int s = Math.max(start, qs - half);
      int e = Math.min(end, qe + half);
      if (s > start) {
        int dot = text.indexOf(". ", s);
        s = dot >= 0 && dot + 2 <= qs ? dot + 2 : s;
      }
      if (e < end) {
        int dot = text.lastIndexOf(". ", e);
        e = dot >= qe ? dot + 1 : e;
      }
      start = s;
      end = e;
    }
    String id = r.statement().id() + "~" + start;
    Statement st = Statement.of(r.statement().meta().withId(id), text.substring(start, end), r.statement().source());
    return new Excerpt(st, new CompareScoring.Located(id, new Span(qs - start, qe - start)));
  }
}
