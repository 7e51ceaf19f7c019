import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.readout.ReadoutConfig;
import org.readout.commitments.ActObject;
import org.readout.commitments.TrackedCommitment;
import org.readout.commitments.Tracker;
import org.readout.model.AnalyzedStatement;
import org.readout.store.Workspace;
import org.readout.store.commitments.CommitmentStore;

/**
 * Re-scores the judged suggestions of a tracking sample (eval/tracking-sample-*.tsv) with the current
 * rules: for each row, the tracker is run on its commitment against its evidence statement only, and the
 * row is counted kept when the same sentence is suggested again. Rarity weights as the corpus scan's
 * first pass (IDF over the open commitments' action stems and object keys, N at least 200); the scan's
 * second rarity test (among the later statements) is not repeated, so a kept row may still be dropped
 * by a full run. Prints each row's verdict and whether it is kept, then kept yes / kept no. With PRECISE=1 a row is
 * kept only when it also passes the precision gate ({@code Tracker#precise}); with GATE=1 the judged suggestion
 * itself (rule and evidence as recorded in the file) is put through the gate alone.
 *
 * <p>usage: java -cp readout-cli/target/readout.jar eval/TrackingDevCheck.java SAMPLE.tsv SYNCED_DB_COPY
 * (a workspace whose commitments are extracted and still open: the sample's own run's input; read only).
 */
public class TrackingDevCheck {
  public static void main(String[] args) throws Exception {
    ReadoutConfig config = ReadoutConfig.defaults();
    // TRACK_NO_CLAUSES=1: read the later statements without their clause layer (to see what the layer changes)
    Tracker tracker = "1".equals(System.getenv("TRACK_NO_CLAUSES"))
        ? new Tracker(config.trackingLexicon(), config.commitmentLexicon(), null) : config.tracker(false);
    boolean verbose = "1".equals(System.getenv("TRACK_VERBOSE"));
    // PRECISE=1: a row is kept when re-suggested AND through the precision gate (Tracker#precise), as a corpus
    // track records it; GATE=1: the judged suggestion as recorded (its rule, evidence) through the gate alone
    boolean precise = "1".equals(System.getenv("PRECISE"));
    boolean gateOnly = "1".equals(System.getenv("GATE"));
    try (Workspace ws = Workspace.open(Path.of(args[1]))) {
      CommitmentStore store = new CommitmentStore(ws.connection());
      Map<String, Integer> df = new HashMap<>();
      int n = 0;
      for (TrackedCommitment t : store.list(CommitmentStore.Filter.all())) {
        Set<String> st = tracker.actionStems(t.commitment());
        ActObject obj = tracker.actObject(t.commitment());
        if (st.isEmpty() || obj.isEmpty() || t.date() == null) {
          continue;
        }
        n++;
        Set<String> terms = new HashSet<>(st);
        terms.addAll(obj.keys());
        terms.forEach(w -> df.merge(w, 1, Integer::sum));
      }
      double big = Math.max(200, n);
      java.util.function.ToDoubleFunction<String> weight = w -> Math.log(1.0 + big / (1.0 + df.getOrDefault(w, 0)));
      int yes = 0;
      int no = 0;
      int keptYes = 0;
      int keptNo = 0;
      for (String line : Files.readAllLines(Path.of(args[0]))) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t");
        String id = f[1];
        String ev = f[3];
        int c2 = ev.lastIndexOf(':');
        int c1 = ev.lastIndexOf(':', c2 - 1);
        String statement = ev.substring(0, c1);
        int sentence = Integer.parseInt(ev.substring(c1 + 1, c2));
        String verdict = f[7];
        TrackedCommitment t = store.get(id).orElse(null);
        AnalyzedStatement doc = ws.get(statement).orElse(null);
        boolean kept = false;
        if (t != null && doc != null && gateOnly) {
          // the judged suggestion itself (its rule and evidence as recorded) through the precision gate
          org.readout.model.Sentence sen = doc.sentences().get(sentence);
          String side = org.readout.model.Sides.actorOf(doc.meta().side()).orElse("");
          kept = tracker.precise(t, new Tracker.Suggestion(id, org.readout.commitments.Status.parse(f[2]).orElseThrow(),
              statement, sentence, sen.start(), sen.end(), java.time.LocalDate.parse(f[4]), Double.parseDouble(f[6]), f[5],
              sen.text()), side);
        } else if (t != null && doc != null) {
          for (Tracker.Suggestion s : tracker.track(t, List.of(doc), weight)) {
            kept |= s.sentence() == sentence && (!precise
                || tracker.precise(t, s, org.readout.model.Sides.actorOf(doc.meta().side()).orElse("")));
          }
        }
        boolean good = verdict.equals("yes");
        yes += good ? 1 : 0;
        no += good ? 0 : 1;
        keptYes += good && kept ? 1 : 0;
        keptNo += !good && kept ? 1 : 0;
        System.out.println(f[0] + "\t" + verdict + "\t" + (kept ? "kept" : "dropped") + (t == null ? "\t(commitment not found)" : ""));
        if (verbose && t != null && doc != null) {
          System.out.println("  A: " + t.commitment().action() + "\n  O: " + tracker.actObject(t.commitment())
              + "\n  E: " + doc.sentences().get(sentence).text());
        }
      }
      System.out.printf("kept %d of %d yes, %d of %d not yes: precision of the kept %.2f%n", keptYes, yes, keptNo, no,
          keptYes + keptNo == 0 ? 0.0 : keptYes / (double) (keptYes + keptNo));
    }
  }
}
