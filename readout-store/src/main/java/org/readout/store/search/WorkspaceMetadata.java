package org.readout.store.search;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.readout.ReadoutException;
import org.readout.store.Workspace;

/** Looks statement metadata up in the workspace for search results (one query per search). */
public final class WorkspaceMetadata implements SearchIndex.MetadataLookup {
  private final Workspace ws;

  public WorkspaceMetadata(Workspace ws) {
    this.ws = ws;
  }

  @Override
  public Map<String, Meta> lookup(List<String> ids) {
    Map<String, Meta> out = new HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
    try (PreparedStatement ps = ws.connection().prepareStatement(
        "SELECT id, side, date, publisher, title FROM statements WHERE id IN (" + marks + ")")) {
      for (int i = 0; i < ids.size(); i++) {
        ps.setString(i + 1, ids.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String d = rs.getString(3);
          out.put(rs.getString(1), new Meta(rs.getString(2), d == null ? null : LocalDate.parse(d), rs.getString(4),
              rs.getString(5)));
        }
      }
    } catch (SQLException e) {
      throw new ReadoutException(ws.url() + ": cannot read statements (" + e.getMessage() + ")", ReadoutException.IO_FAILURE, e);
    }
    return out;
  }
}
