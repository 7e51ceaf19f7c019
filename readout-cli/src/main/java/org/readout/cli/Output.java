package org.readout.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.readout.ReadoutException;

/**
 * Where a command's result goes: stdout, or a file written atomically (a temp file beside it, then a
 * move), so a reader never sees half a file. Not thread-safe.
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
    Path target = out.toAbsolutePath();
    try {
      Path dir = target.getParent();
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
      try {
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        try {
          Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new ReadoutException(out + ": cannot write (" + e.getMessage() + ")", ReadoutException.IO_FAILURE, e);
    }
  }

}
