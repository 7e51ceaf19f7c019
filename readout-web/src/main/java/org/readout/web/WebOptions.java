package org.readout.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Objects;
import org.readout.ReadoutException;

/**
 * How {@code readout serve} runs: the workspace file, where it listens, the access token (required when
 * listening on anything but loopback), and the upload limit.
 *
 * @param db        the SQLite workspace
 * @param bind      the address to listen on (default {@value #LOOPBACK})
 * @param port      the port; 0 picks a free one
 * @param token     the access token, or null (allowed only on a loopback address)
 * @param maxUpload the largest accepted upload (request body) in bytes
 */
public record WebOptions(Path db, String bind, int port, String token, long maxUpload) {
  public static final String LOOPBACK = "127.0.0.1";
  public static final int DEFAULT_PORT = 7070;
  /** Uploads above this are refused (413); the CLI's own file limit is larger, the web's is per request. */
  public static final long DEFAULT_MAX_UPLOAD = 20L * 1024 * 1024;

  public WebOptions {
    Objects.requireNonNull(db, "db");
    bind = bind == null || bind.isBlank() ? LOOPBACK : bind.strip();
    token = token == null || token.isBlank() ? null : token.strip();
    if (port < 0 || port > 65535) {
      throw new ReadoutException("--port: must be 0..65535, got " + port);
    }
    if (maxUpload <= 0) {
      throw new ReadoutException("--max-upload: must be positive, got " + maxUpload);
    }
    if (token == null && !loopback(bind)) {
      throw new ReadoutException("--bind " + bind + ": listening beyond this machine needs --token or --token-file");
    }
    if (token != null && token.length() < 12) {
      throw new ReadoutException("--token: use at least 12 characters");
    }
  }

  public static WebOptions local(Path db, int port) {
    return new WebOptions(db, LOOPBACK, port, null, DEFAULT_MAX_UPLOAD);
  }

  public WebOptions withToken(String newToken) {
    return new WebOptions(db, bind, port, newToken, maxUpload);
  }

  public WebOptions withBind(String newBind) {
    return new WebOptions(db, newBind, port, token, maxUpload);
  }

  public WebOptions withMaxUpload(long bytes) {
    return new WebOptions(db, bind, port, token, bytes);
  }

  /** True for loopback addresses (127.0.0.0/8, ::1, localhost). */
  static boolean loopback(String address) {
    if ("localhost".equalsIgnoreCase(address)) {
      return true;
    }
    try {
      return InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw new ReadoutException("--bind: unknown address '" + address + "'");
    }
  }
}
