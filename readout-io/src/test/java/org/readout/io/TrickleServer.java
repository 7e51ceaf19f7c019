package org.readout.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;

/**
 * A hostile local HTTP server on a raw socket: answers every request with headers at once, then sends
 * the body one byte at a time every {@code gapMillis} (forever when {@code body} is null). Close it
 * to stop. Only for tests; binds 127.0.0.1.
 */
public final class TrickleServer implements AutoCloseable {
  private final ServerSocket socket;
  private final Thread thread;

  public TrickleServer(String contentType, byte[] body, long gapMillis) throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
    thread = new Thread(() -> {
      while (!socket.isClosed()) {
        try {
          Socket s = socket.accept();
          Thread t = new Thread(() -> serve(s, contentType, body, gapMillis), "trickle-conn");
          t.setDaemon(true);
          t.start();
        } catch (IOException e) {
          return;
        }
      }
    }, "trickle-server");
    thread.setDaemon(true);
    thread.start();
  }

  public String url(String path) {
    return "http://127.0.0.1:" + socket.getLocalPort() + path;
  }

  private static void serve(Socket s, String contentType, byte[] body, long gapMillis) {
    try (s; InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
      int state = 0; // read the request head up to the blank line
      while (state < 4) {
        int c = in.read();
        if (c < 0) {
          return;
        }
        state = (c == '\r' && (state == 0 || state == 2)) || (c == '\n' && (state == 1 || state == 3)) ? state + 1 : 0;
      }
      String head = "HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\n"
          + (body == null ? "" : "Content-Length: " + body.length + "\r\n") + "Connection: close\r\n\r\n";
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      for (int i = 0; body == null || i < body.length; i++) {
        Thread.sleep(gapMillis);
        out.write(body == null ? 'x' : body[i]);
        out.flush();
      }
    } catch (SocketException e) {
      // the client gave up: expected
    } catch (IOException | InterruptedException e) {
      // test server: nothing to report
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
