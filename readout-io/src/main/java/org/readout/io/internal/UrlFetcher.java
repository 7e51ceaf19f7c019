package org.readout.io.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.readout.ReadoutException;

/**
 * Fetches an http(s) URL for ingest, defensively: one deadline for the whole request (connect,
 * headers, body, redirects), a size limit, at most
 * {@value #MAX_REDIRECTS} redirects (each hop re-checked), an allow-list of content types, and no
 * requests to loopback, link-local, private (site-local, unique-local, carrier-grade NAT),
 * unspecified or multicast addresses unless {@code allowPrivate}: the host is resolved first and
 * every address it resolves to is checked. (The HTTP client resolves the name again when it connects;
 * a DNS answer that changes in between is not defended against.) Thread-safe: one shared client.
 */
public final class UrlFetcher {
  static final int MAX_REDIRECTS = 5;
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  /** Default whole-request deadline: connect, headers and body of every hop together. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
  private static final Set<String> TEXT_TYPES = Set.of("text/html", "application/xhtml+xml", "text/plain",
      "text/markdown", "text/x-markdown", "application/json", "application/x-ndjson", "application/jsonl",
      "application/x-jsonlines", "application/jsonlines");
  private static final Set<String> GZIP_TYPES = Set.of("application/gzip", "application/x-gzip",
      "application/octet-stream");

  /** The client, built on first fetch: building it loads the TLS stack, which reading files never needs. */
  private static final class Client {
    static final HttpClient INSTANCE = HttpClient.newBuilder()
        .connectTimeout(CONNECT_TIMEOUT)
        .followRedirects(HttpClient.Redirect.NEVER) // followed by hand, so each hop's address is checked
        .build();
  }

  private UrlFetcher() {
  }

  /**
   * A fetched response.
   *
   * @param finalUri    the URI after redirects
   * @param contentType media type without parameters, lower case (may be empty)
   * @param charset     the charset parameter of the content type, if any
   * @param body        the body bytes (at most maxBytes)
   */
  public record Fetched(URI finalUri, String contentType, Optional<String> charset, byte[] body) {
  }

  /** True for strings ingest should treat as URLs rather than paths. */
  public static boolean isUrl(String source) {
    String s = source.toLowerCase(Locale.ROOT);
    return s.startsWith("http://") || s.startsWith("https://");
  }

  /**
   * Fetches {@code url} within {@link #DEFAULT_TIMEOUT}.
   *
   * @throws ReadoutException BAD_INPUT for refused addresses, bad URLs, wrong content types and
   *                          oversized bodies; IO_FAILURE when the server cannot be reached or is too slow
   */
  public static Fetched fetch(String url, long maxBytes, boolean allowPrivate) {
    return fetch(url, maxBytes, allowPrivate, DEFAULT_TIMEOUT);
  }

  /**
   * Fetches {@code url}: connect, headers and the whole body of every hop (redirects included) must
   * arrive within {@code timeout} in all, whatever the server's pace (a server trickling one byte
   * every few seconds is cut off at the deadline).
   */
  public static Fetched fetch(String url, long maxBytes, boolean allowPrivate, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    URI uri = parse(url, url);
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      checkAddress(uri, url, allowPrivate);
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw timedOut(url, timeout, null);
      }
      HttpRequest req = HttpRequest.newBuilder(uri).timeout(Duration.ofNanos(left)).GET()
          .header("User-Agent", "readout-ingest/0.1")
          .header("Accept", "text/html, text/markdown, text/plain, application/json, application/x-ndjson;q=0.9, */*;q=0.1")
          .build();
      final URI at = uri;
      HttpResponse<Body> resp = send(req, url, info -> handle(info, at, maxBytes), deadline, timeout);
      int status = resp.statusCode();
      if (status >= 300 && status < 400 && status != 304) {
        String location = resp.headers().firstValue("Location").orElse(null);
        if (location == null) {
          throw new ReadoutException(url + ": HTTP " + status + " redirect without a Location header");
        }
        uri = parse(uri.resolve(location.strip()).toString(), url);
        continue;
      }
      if (status != 200) {
        throw new ReadoutException(url + ": HTTP " + status + " from " + uri.getHost(), ReadoutException.IO_FAILURE, null);
      }
      return accept(url, uri, resp.headers().firstValue("Content-Type").orElse(""), resp.body());
    }
    throw new ReadoutException(url + ": more than " + MAX_REDIRECTS + " redirects");
  }

  private static Fetched accept(String url, URI uri, String contentType, Body body) {
    if (body.problem() != null) {
      throw new ReadoutException(url + ": " + body.problem());
    }
    return new Fetched(uri, mediaType(contentType), charsetOf(contentType), body.bytes());
  }

  /**
   * The response handling of {@link #fetch} without the network, for fuzzing and tests: a 200 response
   * with these headers whose body arrives in the given chunks goes through the same content-type and
   * size checks and the same size-limited body subscriber.
   */
  static Fetched respond(String url, java.util.Map<String, List<String>> headers, List<byte[]> chunks, long maxBytes) {
    URI uri = parse(url, url);
    java.net.http.HttpHeaders h = java.net.http.HttpHeaders.of(headers, (k, v) -> true);
    HttpResponse.ResponseInfo info = new HttpResponse.ResponseInfo() {
      @Override
      public int statusCode() {
        return 200;
      }

      @Override
      public java.net.http.HttpHeaders headers() {
        return h;
      }

      @Override
      public HttpClient.Version version() {
        return HttpClient.Version.HTTP_1_1;
      }
    };
    HttpResponse.BodySubscriber<Body> sub = handle(info, uri, maxBytes);
    boolean[] cancelled = {false};
    sub.onSubscribe(new Flow.Subscription() {
      @Override
      public void request(long n) {
      }

      @Override
      public void cancel() {
        cancelled[0] = true;
      }
    });
    for (byte[] c : chunks) {
      if (cancelled[0]) {
        break;
      }
      sub.onNext(List.of(ByteBuffer.wrap(c)));
    }
    if (!cancelled[0]) {
      sub.onComplete();
    }
    Body body = sub.getBody().toCompletableFuture().getNow(null);
    if (body == null) {
      throw new IllegalStateException("body subscriber did not complete");
    }
    return accept(url, uri, h.firstValue("Content-Type").orElse(""), body);
  }

  /** A response body read within the limits, or why it was not read. */
  private record Body(byte[] bytes, String problem) {
  }

  /** Decides from status and headers whether to read the body, and reads it within {@code maxBytes}. */
  private static HttpResponse.BodySubscriber<Body> handle(HttpResponse.ResponseInfo info, URI uri, long maxBytes) {
    if (info.statusCode() != 200) {
      return HttpResponse.BodySubscribers.replacing(new Body(null, null));
    }
    String ct = info.headers().firstValue("Content-Type").orElse("");
    String type = mediaType(ct);
    boolean gzipOk = GZIP_TYPES.contains(type) && uri.getPath() != null && uri.getPath().endsWith(".gz");
    if (!TEXT_TYPES.contains(type) && !gzipOk) {
      return HttpResponse.BodySubscribers.replacing(new Body(null, "unsupported content type '"
          + (ct.isBlank() ? "(none)" : MetaBuilder.clip(ct)) + "' (expected HTML, Markdown, plain text or JSON Lines)"));
    }
    long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
    if (declared > maxBytes) {
      return HttpResponse.BodySubscribers.replacing(new Body(null, "response is " + declared
          + " bytes, over the limit of " + maxBytes + " (--max-bytes)"));
    }
    return new LimitedBody(maxBytes);
  }

  /** Collects a body up to {@code maxBytes}; past that it cancels the transfer and reports the size. */
  private static final class LimitedBody implements HttpResponse.BodySubscriber<Body> {
    private final long maxBytes;
    private final CompletableFuture<Body> result = new CompletableFuture<>();
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private Flow.Subscription subscription;
    private long total;

    LimitedBody(long maxBytes) {
      this.maxBytes = maxBytes;
    }

    @Override
    public CompletionStage<Body> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer b : items) {
        total += b.remaining();
        if (total > maxBytes) {
          subscription.cancel();
          result.complete(new Body(null, "response is over the limit of " + maxBytes + " bytes (--max-bytes)"));
          return;
        }
        byte[] chunk = new byte[b.remaining()];
        b.get(chunk);
        buffer.writeBytes(chunk);
      }
      subscription.request(1);
    }

    @Override
    public void onError(Throwable t) {
      result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      result.complete(new Body(buffer.toByteArray(), null));
    }
  }

  private static HttpResponse<Body> send(HttpRequest req, String url, HttpResponse.BodyHandler<Body> handler,
                                         long deadline, Duration timeout) {
    CompletableFuture<HttpResponse<Body>> cf = Client.INSTANCE.sendAsync(req, handler);
    try {
      return cf.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      cf.cancel(true);
      throw timedOut(url, timeout, e);
    } catch (InterruptedException e) {
      cf.cancel(true);
      Thread.currentThread().interrupt();
      throw new ReadoutException(url + ": interrupted", ReadoutException.IO_FAILURE, e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause() == null ? e : e.getCause();
      if (c instanceof HttpConnectTimeoutException) {
        throw new ReadoutException(url + ": unreachable: connection timed out", ReadoutException.IO_FAILURE, c);
      }
      if (c instanceof HttpTimeoutException) {
        throw timedOut(url, timeout, c);
      }
      if (c instanceof ConnectException) {
        throw new ReadoutException(url + ": unreachable: connection refused by " + req.uri().getHost()
            + (req.uri().getPort() > 0 ? ":" + req.uri().getPort() : ""), ReadoutException.IO_FAILURE, c);
      }
      throw new ReadoutException(url + ": unreachable: " + describe(c), ReadoutException.IO_FAILURE, c);
    }
  }

  private static ReadoutException timedOut(String url, Duration timeout, Throwable cause) {
    return new ReadoutException(url + ": timed out: no complete response within " + timeout.toSeconds()
        + " s (--fetch-timeout)", ReadoutException.IO_FAILURE, cause);
  }

  private static String describe(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && (t.getMessage() == null || t.getMessage().isBlank())) {
      t = t.getCause();
    }
    String m = t.getMessage();
    return FrontMatter.oneLine(m == null || m.isBlank() ? t.getClass().getSimpleName() : m);
  }

  private static URI parse(String s, String original) {
    URI uri;
    try {
      uri = new URI(s);
    } catch (URISyntaxException e) {
      throw new ReadoutException(original + ": not a valid URL: " + FrontMatter.oneLine(e.getReason()));
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new ReadoutException(original + ": unsupported scheme '" + scheme + "' (only http and https URLs are fetched)");
    }
    if (uri.getHost() == null || uri.getHost().isBlank()) {
      throw new ReadoutException(original + ": URL has no host");
    }
    return uri;
  }

  /**
   * Resolves the host and refuses it when any address is non-public (unless allowed). A cloud
   * metadata address ({@link #isMetadata}) is refused whatever {@code allowPrivate} says: fetching it
   * could hand instance credentials to whoever controls a redirect.
   */
  public static void checkAddress(URI uri, String original, boolean allowPrivate) {
    String host = uri.getHost();
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      throw new ReadoutException(original + ": unreachable: unknown host " + host, ReadoutException.IO_FAILURE, e);
    }
    for (InetAddress a : addresses) {
      if (isMetadata(a)) {
        throw new ReadoutException(original + ": refused: " + host + " resolves to the cloud metadata address "
            + a.getHostAddress() + " (never fetched, even with --allow-private)");
      }
    }
    if (allowPrivate) {
      return;
    }
    for (InetAddress a : addresses) {
      String why = nonPublicReason(a);
      if (why != null) {
        throw new ReadoutException(original + ": refused: " + host + " resolves to " + why + " address "
            + a.getHostAddress() + " (use --allow-private to permit)");
      }
    }
  }

  /** Cloud instance metadata services (AWS, GCP, Azure, OpenStack; Alibaba; AWS ECS tasks; AWS over IPv6). */
  private static final Set<String> METADATA = Set.of("169.254.169.254", "100.100.100.200", "169.254.170.2",
      "fd00:ec2:0:0:0:0:0:254");

  /** True for a cloud metadata address, also when written as an IPv4-embedding IPv6 address. */
  public static boolean isMetadata(InetAddress a) {
    if (METADATA.contains(a.getHostAddress())) {
      return true;
    }
    InetAddress v4 = embeddedIpv4(a);
    return v4 != null && METADATA.contains(v4.getHostAddress());
  }

  /** Why {@code a} is not a public unicast address, or null when it is one. */
  public static String nonPublicReason(InetAddress a) {
    if (isMetadata(a)) {
      return "a cloud metadata";
    }
    if (a.isLoopbackAddress()) {
      return "a loopback";
    }
    if (a.isAnyLocalAddress()) {
      return "an unspecified";
    }
    if (a.isLinkLocalAddress()) {
      return "a link-local";
    }
    if (a.isSiteLocalAddress()) {
      return "a private";
    }
    if (a.isMulticastAddress()) {
      return "a multicast";
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet4Address) {
      int b0 = b[0] & 0xFF;
      int b1 = b[1] & 0xFF;
      if (b0 == 0) {
        return "an unspecified";
      }
      if (b0 == 100 && b1 >= 64 && b1 <= 127) {
        return "a carrier-grade NAT (private)";
      }
      if (b0 >= 240) {
        return "a reserved";
      }
    } else if (a instanceof Inet6Address) {
      if ((b[0] & 0xFE) == 0xFC) {
        return "a unique-local (private)";
      }
      if (b[0] == 0 && b[1] == 0x64 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B && b[4] == 0 && b[5] == 1) {
        return "a local-use NAT64 (private)";
      }
      if ((b[0] & 0xFF) == 0x20 && b[1] == 0x01 && b[2] == 0 && b[3] == 0) {
        // Teredo: the server's IPv4 address in bytes 4-7, the client's (inverted) in bytes 12-15
        String server = v4Reason(Arrays.copyOfRange(b, 4, 8));
        String client = v4Reason(invert(Arrays.copyOfRange(b, 12, 16)));
        String why = server != null ? server : client;
        return why == null ? null : why + " IPv4 (in a Teredo IPv6)";
      }
      InetAddress v4 = embeddedIpv4(a);
      if (v4 != null) {
        String why = nonPublicReason(v4);
        return why == null ? null : why + " IPv4 (embedded in an IPv6)";
      }
    }
    return null;
  }

  /**
   * The IPv4 address an IPv6 address carries and routes to: IPv4-mapped {@code ::ffff:0:0/96},
   * IPv4-compatible {@code ::/96}, IPv4-translated {@code ::ffff:0:0:0/96}, NAT64 {@code 64:ff9b::/96},
   * 6to4 {@code 2002::/16}; null otherwise (and for IPv4 addresses).
   */
  static InetAddress embeddedIpv4(InetAddress a) {
    if (!(a instanceof Inet6Address)) {
      return null;
    }
    byte[] b = a.getAddress();
    byte[] v4 = null;
    if (zero(b, 0, 10) && (((b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF) || (b[10] == 0 && b[11] == 0))) {
      v4 = Arrays.copyOfRange(b, 12, 16); // mapped or compatible
    } else if (zero(b, 0, 8) && (b[8] & 0xFF) == 0xFF && (b[9] & 0xFF) == 0xFF && b[10] == 0 && b[11] == 0) {
      v4 = Arrays.copyOfRange(b, 12, 16); // translated (SIIT)
    } else if (b[0] == 0 && b[1] == 0x64 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B && zero(b, 4, 12)) {
      v4 = Arrays.copyOfRange(b, 12, 16); // NAT64 well-known prefix
    } else if ((b[0] & 0xFF) == 0x20 && b[1] == 0x02) {
      v4 = Arrays.copyOfRange(b, 2, 6); // 6to4
    }
    if (v4 == null) {
      return null;
    }
    try {
      return InetAddress.getByAddress(v4);
    } catch (UnknownHostException e) {
      return null;
    }
  }

  private static String v4Reason(byte[] v4) {
    try {
      return nonPublicReason(InetAddress.getByAddress(v4));
    } catch (UnknownHostException e) {
      return "an invalid";
    }
  }

  private static byte[] invert(byte[] b) {
    byte[] out = new byte[b.length];
    for (int i = 0; i < b.length; i++) {
      out[i] = (byte) ~b[i];
    }
    return out;
  }

  private static boolean zero(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The URI scheme {@code source} starts with ({@code file}, {@code ftp}, …), lower case, or null when
   * it has none. One-letter "schemes" are Windows drive letters, not schemes.
   */
  public static String scheme(String source) {
    int colon = source.indexOf(':');
    if (colon < 2) {
      return null;
    }
    for (int i = 0; i < colon; i++) {
      char c = source.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
          || (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'));
      if (!ok) {
        return null;
      }
    }
    return source.substring(0, colon).toLowerCase(Locale.ROOT);
  }

  private static String mediaType(String contentType) {
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
  }

  private static Optional<String> charsetOf(String contentType) {
    for (String part : contentType.split(";")) {
      String p = part.strip();
      if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
        return Optional.of(p.substring(8).replace("\"", "").strip());
      }
    }
    return Optional.empty();
  }


}
