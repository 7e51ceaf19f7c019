package org.readout.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.ReadoutException;
import org.readout.io.Ingest;
import org.readout.io.IngestOptions;

/**
 * Issue 11 item 8: the private-address guard. Every check here is made before any connection (the
 * guard resolves and refuses), so no traffic leaves the machine.
 */
class AddressGuardTest {
  @Test
  void ipv4EmbeddedInIpv6IsJudgedByItsIpv4Address() throws Exception {
    for (String a : List.of("::7f00:1", "::ffff:127.0.0.1", "64:ff9b::7f00:1", "64:ff9b::a9fe:a9fe", "64:ff9b:1::a00:1",
        "2002:7f00:1::", "2002:a9fe:a9fe::1", "2002:c0a8:0101::1", "2001:0:4136:e378:8000:63bf:80ff:fffe", "::a00:1")) {
      assertThat(UrlFetcher.nonPublicReason(InetAddress.getByName(a))).as(a).isNotNull();
    }
    for (String a : List.of("64:ff9b::808:808", "2002:808:808::1", "2606:4700::1111")) {
      assertThat(UrlFetcher.nonPublicReason(InetAddress.getByName(a))).as(a).isNull();
    }
  }

  @Test
  void theGuardRefusesEmbeddedLoopbackUrls() {
    for (String url : List.of("http://[::7f00:1]/", "http://[64:ff9b::7f00:1]/", "http://[2002:7f00:1::]/",
        "http://[::ffff:127.0.0.1]/")) {
      ReadoutException e = catchThrowableOfType(ReadoutException.class,
          () -> UrlFetcher.checkAddress(URI.create(url), url, false));
      assertThat(e).as(url).isNotNull();
      assertThat(e.getMessage()).as(url).contains("refused");
    }
  }

  @Test
  void allowPrivateNeverReachesTheCloudMetadataAddress() {
    for (String url : List.of("http://169.254.169.254/latest/meta-data/", "http://[fd00:ec2::254]/",
        "http://[::ffff:169.254.169.254]/", "http://[64:ff9b::a9fe:a9fe]/", "http://100.100.100.200/")) {
      ReadoutException e = catchThrowableOfType(ReadoutException.class,
          () -> UrlFetcher.checkAddress(URI.create(url), url, true));
      assertThat(e).as(url).isNotNull();
      assertThat(e.getMessage()).as(url).contains("metadata");
    }
  }

  @Test
  void aRedirectToTheMetadataAddressIsRefusedBeforeAnyConnection() throws Exception {
    com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
        new java.net.InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    server.createContext("/hop", ex -> {
      ex.getResponseHeaders().set("Location", "http://169.254.169.254/latest/meta-data/iam/");
      ex.sendResponseHeaders(302, -1);
      ex.close();
    });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/hop";
      ReadoutException e = catchThrowableOfType(ReadoutException.class,
          () -> Ingest.stream(url, IngestOptions.defaults().withAllowPrivate(true), st -> { }));
      assertThat(e).isNotNull();
      assertThat(e.getMessage()).startsWith(url + ": refused: 169.254.169.254").contains("metadata");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void otherSchemesAreAnUnsupportedSchemeNotAMissingFile() {
    for (String src : List.of("file:///etc/passwd", "ftp://example.org/x.md", "gopher://example.org/", "file:/etc/hosts",
        "jar:file:/tmp/x.jar!/a.md")) {
      ReadoutException e = catchThrowableOfType(ReadoutException.class,
          () -> Ingest.stream(src, IngestOptions.defaults(), st -> { }));
      assertThat(e).as(src).isNotNull();
      assertThat(e.getMessage()).as(src).startsWith(src + ": ").contains("unsupported scheme");
      assertThat(e.exitCode()).isEqualTo(ReadoutException.BAD_INPUT);
    }
  }
}
