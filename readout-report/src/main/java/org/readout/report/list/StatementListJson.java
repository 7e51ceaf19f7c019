package org.readout.report.list;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.readout.model.StatementMeta;
import org.readout.report.escape.JsonWriter;

/**
 * The statement list as JSON, one object per stored statement: {@code readout list --format json} and the
 * web API's {@code /api/statements} render through this one place.
 */
public final class StatementListJson {
  private StatementListJson() {
  }

  /** One stored statement: its metadata and what the workspace knows of it. */
  public record Row(StatementMeta meta, int sentences, String sha256, String source, Instant ingestedAt) {
  }

  public static String render(List<Row> rows) {
    ArrayNode array = JsonWriter.array();
    for (Row r : rows) {
      StatementMeta m = r.meta();
      ObjectNode o = array.addObject();
      o.put("id", m.id());
      o.put("side", m.side());
      o.put("date", m.date() == null ? null : m.date().toString());
      o.put("kind", m.kind());
      o.put("title", m.title());
      o.put("meeting", m.meeting());
      o.put("publisher", m.publisher());
      o.put("url", m.url());
      o.put("sentences", r.sentences());
      o.put("sha256", r.sha256());
      o.put("source", r.source());
      o.put("ingestedAt", r.ingestedAt().toString());
    }
    return JsonWriter.write(array);
  }
}
