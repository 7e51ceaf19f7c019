package org.readout.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.readout.report.AtomicFiles;

/**
 * Where a command's result goes: stdout, or a file written atomically (see {@link AtomicFiles}), so a
 * reader never sees half a file. Not thread-safe.
 */
final class Output {
  private Output() {
  }

  /** Writes {@code content} to {@code out}, or to stdout when {@code out} is null. */
  static void write(Path out, String content) {
    if (out == null) {
      PrintStream stdout = System.out;
      stdout.print(content);
      stdout.flush();
      return;
    }
    AtomicFiles.write(out, content);
  }
}
