package org.readout.io.attribution;

import java.io.PrintStream;
import java.nio.file.Path;
import org.readout.io.AtomicFiles;

/** Writes a rendered report to stdout or, atomically (see {@link AtomicFiles}), to a file. Stateless. */
public final class TextOutput {
  private TextOutput() {
  }

  public static void write(String content, Path out, PrintStream stdout) {
    if (out == null) {
      stdout.print(content);
      stdout.flush();
      return;
    }
    AtomicFiles.write(out, content);
  }
}
