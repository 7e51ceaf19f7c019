package org.readout.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.readout.Readout;
import org.readout.web.ReadoutWeb;
import org.readout.web.WebOptions;

/**
 * A bounded loopback load test of the web workspace (not part of the unit tests): starts the server
 * in-process on an existing workspace, warms each page once, then runs N concurrent clients sending
 * R requests in total across the main pages and the API (a fixed mix, seeded), and reports errors,
 * latency percentiles per page, throughput and heap in use after a forced GC before the run, half-way (every
 * client waiting at a barrier, so the pause is not timed) and after.
 *
 * <pre>
 * java -cp readout-bench/target/benchmarks.jar org.readout.bench.WebLoad --db WS.db
 *     [--clients 50] [--requests 20000] [--meeting 2021-12-07-biden-putin] [--seed 1] [--warm 12]
 * </pre>
 * Exit code 1 when any request failed or the meeting page's p99 is 200 ms or more.
 */
public final class WebLoad {
  private WebLoad() {
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> opt = new TreeMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      opt.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    Path db = Path.of(opt.getOrDefault("db", System.getProperty("user.home") + "/.readout/workspace.db"));
    int clients = Integer.parseInt(opt.getOrDefault("clients", "50"));
    int requests = Integer.parseInt(opt.getOrDefault("requests", "20000"));
    String flagship = opt.getOrDefault("meeting", "2021-12-07-biden-putin");
    long seed = Long.parseLong(opt.getOrDefault("seed", "1"));
    int warmCount = Integer.parseInt(opt.getOrDefault("warm", "12"));
    String loadStart = loadAverage();

    long t0 = System.nanoTime();
    try (ReadoutWeb web = ReadoutWeb.start(WebOptions.local(db, 0), Readout.standard(),
        Readout.builder().stages(Readout.TEXT_STAGES).build())) {
      double startup = (System.nanoTime() - t0) / 1e9;
      String base = "http://127.0.0.1:" + web.port();
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10)).build();
      ObjectMapper json = new ObjectMapper();
      JsonNode meetings = json.readTree(get(http, base + "/api/meetings?limit=20000").body()).get("meetings");
      List<String> meetingIds = new ArrayList<>();
      Map<String, JsonNode> byId = new java.util.HashMap<>();
      meetings.forEach(m -> {
        meetingIds.add(m.get("id").asText());
        byId.put(m.get("id").asText(), m);
      });
      JsonNode statements = json.readTree(get(http, base + "/api/statements?limit=20000").body());
      List<String> statementIds = new ArrayList<>();
      statements.forEach(s -> statementIds.add(s.get("id").asText()));
      if (!meetingIds.contains(flagship)) {
        throw new IllegalStateException("no meeting '" + flagship + "' in " + db + " (have " + meetingIds.size() + ")");
      }
      // the flagship and the meetings nearest to it in time with at most 4 statements (each is compared once, on
      // first request; a corpus-scale warm-up of every meeting is the job of a cache, not of this test)
      java.time.LocalDate day = java.time.LocalDate.parse(byId.get(flagship).get("date").asText());
      List<String> warmIds = new ArrayList<>(List.of(flagship));
      meetingIds.stream().filter(id -> !id.equals(flagship) && byId.get(id).get("members").size() <= 4)
          .sorted(java.util.Comparator.comparingLong(id -> Math.abs(java.time.temporal.ChronoUnit.DAYS.between(day,
              java.time.LocalDate.parse(byId.get(id).get("date").asText())))))
          .limit(warmCount - 1).forEach(warmIds::add);
      long w0 = System.nanoTime();
      for (String id : warmIds) {
        check(get(http, base + "/meeting?id=" + q(id)), "warm " + id);
      }
      check(get(http, base + "/commitments"), "warm commitments");
      check(get(http, base + "/meetings"), "warm meetings list");
      double warm = (System.nanoTime() - w0) / 1e9;
      long heapBefore = heapAfterGc();

      // the mix: kind -> weight
      String[] kinds = {"meeting", "meetings", "meetings-page", "other-meeting", "statement", "timeline", "api-meetings",
          "api-compare", "api-statements", "commitments", "evidence", "export"};
      int[] weights = {30, 10, 5, 10, 10, 5, 5, 5, 5, 5, 5, 5};
      Map<String, long[]> lat = new ConcurrentHashMap<>();
      Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
      for (String k : kinds) {
        lat.put(k, new long[requests]);
        counts.put(k, new AtomicInteger());
      }
      AtomicInteger next = new AtomicInteger();
      AtomicInteger errors = new AtomicInteger();
      AtomicLong bytes = new AtomicLong();
      List<String> errorSamples = java.util.Collections.synchronizedList(new ArrayList<>());
      // heap in use after a forced GC half-way, while every client waits at a barrier (no request in flight, so
      // the pause is not measured as latency, and the run's time leaves it out): growth in the first half is the
      // caches filling; growth in the second half, with the caches full, would be a leak
      int half = requests / 2;
      long[] heapHalf = new long[1];
      long[] pause = new long[1];
      java.util.concurrent.CyclicBarrier halfway = new java.util.concurrent.CyclicBarrier(clients, () -> {
        long p0 = System.nanoTime();
        try {
          heapHalf[0] = heapAfterGc();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        pause[0] = System.nanoTime() - p0;
      });
      CountDownLatch done = new CountDownLatch(clients);
      long r0 = System.nanoTime();
      for (int c = 0; c < clients; c++) {
        Random rnd = new Random(seed * 1000 + c);
        HttpClient own = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
        Thread t = new Thread(() -> {
          try {
            boolean waited = false;
            while (true) {
              int n = next.getAndIncrement();
              if (n >= half && !waited) {
                waited = true;
                try {
                  halfway.await();
                } catch (InterruptedException | java.util.concurrent.BrokenBarrierException e) {
                  Thread.currentThread().interrupt();
                  break;
                }
              }
              if (n >= requests) {
                break;
              }
              String kind = pick(kinds, weights, rnd);
              String url = base + switch (kind) {
                case "meeting" -> "/meeting?id=" + q(flagship);
                case "meetings" -> "/meetings";
                case "meetings-page" -> "/meetings?actor=RUS&page=" + (1 + rnd.nextInt(3)) + "&upage=" + (1 + rnd.nextInt(20));
                case "export" -> "/meetings/export?actor=USA&format=" + List.of("json", "csv", "md").get(rnd.nextInt(3));
                case "other-meeting" -> "/meeting?id=" + q(warmIds.get(rnd.nextInt(warmIds.size())));
                case "statement" -> "/statement?id=" + q(statementIds.get(rnd.nextInt(Math.min(statementIds.size(), 200))));
                case "timeline" -> "/meeting/timeline?id=" + q(flagship);
                case "api-meetings" -> "/api/meetings";
                case "api-compare" -> "/api/meetings/compare?id=" + q(flagship);
                case "api-statements" -> "/api/statements";
                case "commitments" -> "/commitments?page=" + (1 + rnd.nextInt(5));
                default -> "/meeting/evidence?id=" + q(flagship) + "&topic=ukraine&statement="
                    + q(flagship + "-video-call/us-readout") + "&fragment=1";
              };
              long s = System.nanoTime();
              try {
                HttpResponse<String> r = own.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
                long us = (System.nanoTime() - s) / 1000;
                int i = counts.get(kind).getAndIncrement();
                lat.get(kind)[i] = us;
                bytes.addAndGet(r.body().length());
                if (r.statusCode() != 200) {
                  errors.incrementAndGet();
                  if (errorSamples.size() < 5) {
                    errorSamples.add(r.statusCode() + " " + url);
                  }
                }
              } catch (Exception e) {
                errors.incrementAndGet();
                if (errorSamples.size() < 5) {
                  errorSamples.add(e + " " + url);
                }
              }
            }
          } finally {
            done.countDown();
          }
        }, "load-" + c);
        t.start();
      }
      done.await();
      double seconds = (System.nanoTime() - r0 - pause[0]) / 1e9;
      long heapAfter = heapAfterGc();

      System.out.printf(Locale.ROOT, "workspace %s: %d meetings, %d statements%n", db, meetingIds.size(), statementIds.size());
      System.out.printf(Locale.ROOT, "load average (1, 5, 15 min) at start: %s; at end: %s; %d CPUs%n", loadStart,
          loadAverage(), Runtime.getRuntime().availableProcessors());
      System.out.printf(Locale.ROOT, "server start %.2f s (in-process, engines given), warm-up of %d meeting pages %.1f s%n",
          startup, warmIds.size(), warm);
      System.out.printf(Locale.ROOT, "%d clients, %d requests in %.1f s: %.0f req/s, %.1f MB sent, %d errors%n",
          clients, requests, seconds, requests / seconds, bytes.get() / 1e6, errors.get());
      errorSamples.forEach(e -> System.out.println("  error: " + e));
      System.out.printf(Locale.ROOT, "%-15s %7s %9s %9s %9s %9s%n", "page", "n", "p50 ms", "p90 ms", "p99 ms", "max ms");
      double meetingP99 = 0;
      for (String k : kinds) {
        int n = counts.get(k).get();
        long[] xs = Arrays.copyOf(lat.get(k), n);
        Arrays.sort(xs);
        double p99 = pct(xs, 0.99);
        if (k.equals("meeting")) {
          meetingP99 = p99;
        }
        System.out.printf(Locale.ROOT, "%-15s %7d %9.1f %9.1f %9.1f %9.1f%n", k, n, pct(xs, 0.5), pct(xs, 0.9), p99,
            n == 0 ? 0 : xs[n - 1] / 1000.0);
      }
      System.out.printf(Locale.ROOT, "heap in use after a forced GC: before %.1f MB, half-way %.1f MB, after %.1f MB"
          + " (first half %+.1f MB: caches filling; second half %+.1f MB)%n", heapBefore / 1e6, heapHalf[0] / 1e6,
          heapAfter / 1e6, (heapHalf[0] - heapBefore) / 1e6, (heapAfter - heapHalf[0]) / 1e6);
      boolean ok = errors.get() == 0 && meetingP99 < 200;
      System.out.println(ok ? "PASS: zero errors, meeting page p99 < 200 ms" : "FAIL: errors or meeting page p99 >= 200 ms");
      System.exit(ok ? 0 : 1);
    }
  }

  private static String loadAverage() {
    try {
      return String.join(" ", java.util.Arrays.copyOf(java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
    } catch (java.io.IOException | RuntimeException e) {
      return "?";
    }
  }

  private static String pick(String[] kinds, int[] weights, Random rnd) {
    int total = Arrays.stream(weights).sum();
    int x = rnd.nextInt(total);
    for (int i = 0; i < kinds.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return kinds[i];
      }
    }
    return kinds[0];
  }

  private static double pct(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1000.0;
  }

  private static long heapUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static long heapAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
    }
    return heapUsed();
  }

  private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(10)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static void check(HttpResponse<String> r, String what) {
    if (r.statusCode() != 200) {
      throw new IllegalStateException(what + ": HTTP " + r.statusCode());
    }
  }

  private static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
