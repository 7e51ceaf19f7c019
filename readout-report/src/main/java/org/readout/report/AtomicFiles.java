package org.readout.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.readout.ReadoutException;

/**
 * Writes files atomically: to a temp file in the target folder, then moved over the target. The new
 * file gets the permissions a plain create would give (the umask applies), or keeps those of the file
 * it replaces.
 */
public final class AtomicFiles {
  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

  private AtomicFiles() {
  }

  /** Writes {@code content} (UTF-8) to {@code target}; readers never see a half-written file. */
  public static void write(Path target, String content) {
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    Path tmp = null;
    try {
      Files.createDirectories(dir);
      // Not Files.createTempFile: it makes 0600 files whatever the umask.
      tmp = dir.resolve("." + abs.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
      Files.writeString(tmp, content, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE);
      if (Files.exists(abs)) {
        try {
          Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(abs));
        } catch (UnsupportedOperationException | IOException e) {
          // not a POSIX file system, or not ours to change: the default permissions stand
        }
      }
      try {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new ReadoutException(target + ": cannot write: " + e.getMessage(), ReadoutException.IO_FAILURE, e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // the temp file is only left behind if the move failed
        }
      }
    }
  }
}
