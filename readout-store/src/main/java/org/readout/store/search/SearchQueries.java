package org.readout.store.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.readout.ReadoutException;

/**
 * The query side of {@link SearchIndex}: parsing the user's Lucene syntax (with day ranges and field checks),
 * filters, the field clauses kept for vector search, the words embedded for it, the word-pair proximity clauses
 * of the ranking and the query terms read for coverage and highlights. Pure functions; thread-safe.
 */
final class SearchQueries {
  private SearchQueries() {
  }

  private static final java.util.regex.Pattern FIELD_CLAUSE =
      java.util.regex.Pattern.compile("[A-Za-z]+:(\\[[^\\]]*\\]|\\{[^}]*\\}|\"[^\"]*\"|\\S+)");
  private static final java.util.regex.Pattern OPERATORS = java.util.regex.Pattern.compile("\\b(AND|OR|NOT)\\b|&&|\\|\\||[\"()~^*?+!\\\\-]");

  /** The words of a query for embedding: field clauses, operators and syntax removed. */
  static String words(String query) {
    String t = FIELD_CLAUSE.matcher(query).replaceAll(" ").replaceAll("[~^]\\d+(\\.\\d+)?", " ");
    return OPERATORS.matcher(t).replaceAll(" ").replaceAll("\\s+", " ").strip();
  }

  /**
   * The parts of a parsed query on fields other than {@code text} (side:, topic:, date: …), as one filter
   * for the vector ranking: required and prohibited clauses of a top-level boolean query are kept as they
   * are; optional ones, and anything on text, are left to the ranking. Matches everything when there are none.
   */
  static Query fieldClauses(Query parsed) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
    List<BooleanClause> clauses = parsed instanceof BooleanQuery bq ? bq.clauses()
        : List.of(new BooleanClause(parsed, BooleanClause.Occur.MUST));
    boolean required = parsed instanceof BooleanQuery bq2 && bq2.clauses().stream().anyMatch(c -> c.isRequired() || c.isProhibited());
    for (BooleanClause c : clauses) {
      if (onTextOnly(c.getQuery()) == Boolean.FALSE && (c.isRequired() || c.isProhibited() || !required)) {
        b.add(c.getQuery(), c.isProhibited() ? BooleanClause.Occur.MUST_NOT : BooleanClause.Occur.FILTER);
      }
    }
    return b.build();
  }

  private static final java.util.regex.Pattern PLAIN_WORDS = java.util.regex.Pattern.compile("[\\p{L}\\p{N}' -]+");

  /**
   * Plain words ({@code legally binding security guarantees}) also score as adjacent pairs, each pair as a
   * phrase (boost 1) and as the two words within six positions of each other (boost 0.5), after the
   * sequential dependence model (Metzler &amp; Croft 2005): a sentence that says the thing ranks above one
   * that has the words scattered, and one that says part of it in other words ("legally binding
   * guarantees", "security guarantees") gets part of the credit, which a phrase of all the words would
   * give to one fixed wording only. Pairs with a stop word are left out. Queries with their own syntax
   * are left as written.
   */
  static Query withProximity(Query text, String raw) {
    String t = raw.strip();
    if (!PLAIN_WORDS.matcher(t).matches() || !t.contains(" ")) {
      return text;
    }
    String[] words = t.split("\\s+");
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
    boolean any = false;
    for (int i = 0; i + 1 < words.length; i++) {
      String pair = (words[i] + " " + words[i + 1]).replace("\"", "");
      Query exact = parse("\"" + pair + "\"");
      if (!(exact instanceof org.apache.lucene.search.PhraseQuery pq) || pq.getTerms().length < 2
          || pq.getPositions()[1] - pq.getPositions()[0] != 1) {
        continue;
      }
      b.add(exact, BooleanClause.Occur.SHOULD);
      b.add(new org.apache.lucene.search.BoostQuery(parse("\"" + pair + "\"~6"), 0.5f), BooleanClause.Occur.SHOULD);
      any = true;
    }
    return any ? b.build() : text;
  }

  /** The words of a query's text clauses (not those under NOT), at most 64, for coverage. */
  static List<Term> textTerms(Query text) {
    Set<Term> out = new java.util.LinkedHashSet<>();
    text.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query query, Term... terms) {
        for (Term t : terms) {
          if (t.field().equals("text") && out.size() < 64) {
            out.add(t);
          }
        }
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
      }
    });
    return new ArrayList<>(out);
  }

  /**
   * The text words of a query made of single words only (no phrases, wildcards or ranges on text; words under NOT
   * left out), or null. Such a query matches every occurrence of its words, so its highlights are the sentence's
   * tokens (same analyzer as the index) that are query words, found without opening postings per sentence.
   */
  static Set<String> plainTextTerms(Query q) {
    Set<String> out = new java.util.HashSet<>();
    boolean[] structured = {false};
    q.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query query, Term... terms) {
        for (Term t : terms) {
          if (t.field().equals("text")) {
            if (query instanceof TermQuery) {
              out.add(t.text());
            } else {
              structured[0] = true;
            }
          }
        }
      }

      @Override
      public void consumeTermsMatching(Query query, String field, java.util.function.Supplier<org.apache.lucene.util.automaton.ByteRunAutomaton> automaton) {
        structured[0] |= field.equals("text");
      }

      @Override
      public void visitLeaf(Query query) {
        structured[0] = true; // a leaf that names no terms: not known to be plain
      }

      @Override
      public boolean acceptField(String field) {
        return field.equals("text");
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
      }
    });
    return structured[0] ? null : out;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).strip();
  }

  /** TRUE when every field of {@code q} is text, FALSE when none is, null when mixed. */
  private static Boolean onTextOnly(Query q) {
    Set<String> fields = new TreeSet<>();
    q.visit(new QueryVisitor() {
      @Override
      public boolean acceptField(String field) {
        fields.add(field);
        return true;
      }
    });
    if (fields.isEmpty()) {
      return null;
    }
    return fields.equals(Set.of("text")) ? Boolean.TRUE : fields.contains("text") ? null : Boolean.FALSE;
  }

  /** The analyzer queries are parsed with (analyzers are thread-safe; building one per query cost more than parsing). */
  static final Analyzer QUERY_ANALYZER = SearchIndex.analyzer();

  /** Parses Lucene query syntax, with {@code date:[YYYY-MM-DD TO YYYY-MM-DD]} as a day range. */
  static Query parse(String text) {
    QueryParser qp = new QueryParser("text", QUERY_ANALYZER) {
      @Override
      protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                                    boolean endInclusive) throws ParseException {
        if (field.equals("date")) {
          try {
            long lo = part1 == null || part1.equals("*") ? Long.MIN_VALUE : LocalDate.parse(part1).toEpochDay();
            long hi = part2 == null || part2.equals("*") ? Long.MAX_VALUE : LocalDate.parse(part2).toEpochDay();
            return LongPoint.newRangeQuery("date", startInclusive ? lo : lo + 1, endInclusive ? hi : hi - 1);
          } catch (RuntimeException e) {
            throw new ParseException("date range needs ISO days: [2021-12-01 TO 2021-12-31]");
          }
        }
        return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
      }
    };
    qp.setSplitOnWhitespace(true);
    Query q;
    try {
      q = qp.parse(text);
    } catch (ParseException e) {
      throw new ReadoutException("search: cannot parse the query '" + text + "' (" + firstLine(e.getMessage()) + ")");
    }
    Set<String> unknown = new TreeSet<>();
    q.visit(new QueryVisitor() {
      @Override
      public boolean acceptField(String field) {
        if (!SearchIndex.FIELDS.contains(field)) {
          unknown.add(field);
        }
        return true;
      }
    });
    if (!unknown.isEmpty()) {
      throw new ReadoutException("search: unknown field " + String.join(", ", unknown) + "; valid fields: "
          + String.join(", ", new TreeSet<>(SearchIndex.FIELDS)));
    }
    return q;
  }

  /** The query with the filters of {@code q} as non-scoring clauses. */
  static Query withFilters(Query text, SearchQuery q) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
    if (q.side() != null) {
      b.add(new TermQuery(new Term("side", q.side())), BooleanClause.Occur.FILTER);
    }
    if (q.from() != null || q.to() != null) {
      b.add(LongPoint.newRangeQuery("date", q.from() == null ? Long.MIN_VALUE : q.from().toEpochDay(),
          q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay()), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }
}
