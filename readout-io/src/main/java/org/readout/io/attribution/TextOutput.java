package org.readout.io.attribution;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.readout.ReadoutException;

/** Writes a rendered report to stdout or, atomically (temp file + move), to a file. Stateless. */
public final class TextOutput {
  private TextOutput() {
  }

  public static void write(String content, Path out, PrintStream stdout) {
    if (out == null) {
      stdout.print(content);
      stdout.flush();
      return;
    }
    Path target = out.toAbsolutePath();
    try {
      Path dir = target.getParent();
      if (dir != null) {
        Files.createDirectories(dir);
      }
      Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
      try {
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        try {
          Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new ReadoutException(out + ": cannot write: " + e.getMessage(), ReadoutException.IO_FAILURE, e);
    }
  }
}
