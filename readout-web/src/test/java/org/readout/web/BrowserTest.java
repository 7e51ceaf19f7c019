package org.readout.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.readout.testing.SharedCorpus;

/**
 * The main flows in a real browser (Debian's headless Chromium through chromedriver, Selenium 4) on a real
 * workspace holding the flagship meeting: open the meeting, click a heatmap cell and see its evidence,
 * follow a pair link, move a commitment to in-progress with evidence and see its history (and undo it),
 * ingest a file through the page, reject a tracking suggestion (and undo it), read the meeting's further reading
 * (the June 2021 Geneva summit is in the workspace and in its search index). Screenshots of the main pages go to
 * {@code target/screenshots/}.
 * Skipped, with the reason, when Chromium or chromedriver is not installed or {@code ../shared} is absent.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {
  static final Path CHROMIUM = Path.of(System.getProperty("readout.chromium", "/usr/bin/chromium"));
  static final Path DRIVER = Path.of(System.getProperty("readout.chromedriver", "/usr/bin/chromedriver"));
  static final String MEETING = "2021-12-07-biden-putin";
  static final Path SHOTS = Path.of("target", "screenshots");

  @TempDir
  static Path dir;
  static WebFixture fx;
  static WebDriver driver;
  static WebDriverWait wait;

  @BeforeAll
  static void start() throws IOException {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        () -> "Chromium or chromedriver not installed (" + CHROMIUM + ", " + DRIVER
            + "): apt-get install -y chromium chromium-driver");
    Path flagship = SharedCorpus.flagship();
    Path geneva = flagship.resolveSibling("2021-06-16-biden-putin-geneva-summit");
    fx = WebFixture.start(dir, List.of(flagship, geneva));
    try (org.readout.store.Workspace ws = org.readout.store.Workspace.open(fx.db)) {
      org.readout.store.search.SearchIndexWriter.rebuild(ws, org.readout.store.search.SearchIndex.pathFor(fx.db),
          new org.readout.topics.PhraseCoder(org.readout.Readout.standard().config().codebook()), 1, n -> { });
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
        "--window-size=1400,1000", "--user-data-dir=" + dir.resolve("chrome-profile"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofMinutes(5));
    wait = new WebDriverWait(driver, Duration.ofMinutes(3));
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (fx != null) {
      fx.close();
    }
  }

  static void shot(String name) throws IOException {
    Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  @Test
  @Order(1)
  void opensTheFlagshipMeetingFromTheList() throws IOException {
    driver.get(fx.base() + "/meetings");
    shot("meetings");
    driver.findElement(By.cssSelector("#meetings a[href='/meeting?id=" + MEETING + "']")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.heatmap")));
    assertThat(driver.findElements(By.cssSelector("article.statement"))).hasSizeGreaterThanOrEqualTo(2);
    assertThat(driver.findElements(By.cssSelector("#brief li.finding"))).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector("p.sent[class*='t']"))).as("sentences highlighted by topic")
        .isNotEmpty();
    shot("meeting");
  }

  @Test
  @Order(2)
  void clickingAHeatmapCellShowsItsEvidence() {
    driver.get(fx.base() + "/meeting?id=" + MEETING);
    WebElement cell = wait.until(ExpectedConditions.presenceOfElementLocated(
        By.xpath("//*[local-name()='svg']//*[local-name()='a'][*[local-name()='text']]")));
    String topic = cell.getDomAttribute("data-topic");
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", cell);
    cell.findElement(By.xpath("./*[local-name()='rect']")).click();
    WebElement item = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#evidence .evidence-item")));
    assertThat(driver.findElements(By.cssSelector("svg.heatmap"))).as("evidence loaded in place (htmx), still on the meeting")
        .hasSize(1);
    assertThat(item.getText()).isNotBlank();
    assertThat(driver.findElement(By.cssSelector("#evidence h3")).getText()).isNotBlank();
    assertThat(topic).isNotBlank();
    ((JavascriptExecutor) driver).executeScript("document.querySelector('section.coverage').scrollIntoView()");
    try {
      shot("heatmap-evidence");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  @Order(3)
  void followingAPairLinkBringsTheCounterpartIntoView() {
    driver.get(fx.base() + "/meeting?id=" + MEETING);
    WebElement pair = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.pair")));
    String target = pair.getDomAttribute("data-target");
    assertThat(pair.getText()).matches("(convergence|aligned|mirror|contrast) ↔ .+");
    ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", pair);
    pair.click();
    WebElement counterpart = driver.findElement(By.id(target));
    wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
        "var r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;", counterpart)));
    assertThat(driver.getCurrentUrl()).endsWith("#" + target);
  }

  @Test
  @Order(4)
  void movingACommitmentToInProgressRecordsItsHistoryAndCanBeUndone() throws IOException {
    driver.get(fx.base() + "/commitments?meeting=2021-12-07-biden-putin-video-call");
    WebElement card = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#lane-open article.card")));
    String id = card.getDomAttribute("data-id");
    shot("commitments");
    card.findElement(By.cssSelector("details.change summary")).click();
    new Select(card.findElement(By.name("status"))).selectByValue("in-progress");
    card.findElement(By.name("evidence")).sendKeys("2021-12-07-biden-putin-video-call/us-readout:2");
    card.findElement(By.name("note")).sendKeys("teams met in Geneva");
    card.findElement(By.cssSelector("form.status-form button[type=submit]")).click();
    WebElement moved = wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("#lane-in-progress article.card[data-id='" + id + "']")));
    String history = moved.findElement(By.cssSelector("details.history")).getText();
    assertThat(history).contains("in-progress").contains("teams met in Geneva")
        .contains("2021-12-07-biden-putin-video-call/us-readout:2");
    moved.findElement(By.cssSelector("button.undo")).click();
    WebElement back = wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("#lane-open article.card[data-id='" + id + "']")));
    assertThat(back.findElements(By.cssSelector("li.hist")).stream().map(e -> e.findElement(By.tagName("strong")).getText()))
        .as("extracted, moved, undone: the history keeps all three").containsExactly("open", "in-progress", "open");
    assertThat(back.findElement(By.cssSelector("details.history")).getText()).contains("undo of 'in-progress'");
  }

  @Test
  @Order(5)
  void ingestingAFileThroughThePage() throws IOException {
    Path file = FixtureFiles.write(dir.resolve("upload"), "2031-05-06-note.md", """
        ---
        title: Note on a later call
        date: 2031-05-06
        publisher: Test desk
        side: US
        kind: readout
        ---
        The two presidents spoke again and agreed to continue the talks.
        """);
    driver.get(fx.base() + "/ingest");
    shot("ingest");
    driver.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toAbsolutePath().toString());
    driver.findElement(By.cssSelector("form.ingest button[type=submit]")).click();
    WebElement result = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ingest-result")));
    assertThat(result.getText()).contains("1 added");
    result.findElement(By.linkText("2031-05-06-note")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.sent")));
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Note on a later call");
    shot("statement");
  }

  @Test
  @Order(6)
  void timelineScreenshot() throws IOException {
    driver.get(fx.base() + "/meeting/timeline?id=" + MEETING);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.timeline")));
    assertThat(driver.findElements(By.cssSelector("svg.timeline a"))).isNotEmpty();
    shot("timeline");
  }

  @Test
  @Order(7)
  void rejectingATrackingSuggestionTakesItOffTheBoardKeepsItInTheHistoryAndCanBeUndone() throws Exception {
    String board = "/commitments?meeting=2021-12-07-biden-putin-video-call";
    driver.get(fx.base() + board); // extracts the meeting's commitments
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#lane-open article.card")));
    // a commitment no user has decided on (the first one was moved and moved back above): tracking applies to it
    List<WebElement> open = driver.findElements(By.cssSelector("#lane-open article.card"));
    assertThat(open).hasSizeGreaterThan(1);
    String id = open.get(open.size() - 1).getDomAttribute("data-id");
    int seq;
    // tracking's suggestion, written by another connection as 'readout track' would (the server notices the write)
    try (org.readout.store.Workspace ws = org.readout.store.Workspace.open(fx.db)) {
      var store = new org.readout.store.commitments.CommitmentStore(ws.connection());
      seq = store.get(id).orElseThrow().history().size();
      store.record(id, new org.readout.commitments.HistoryEntry(java.time.LocalDate.of(2022, 1, 10),
          org.readout.commitments.Status.STALLED, "2021-12-07-biden-putin-video-call/us-readout", 3,
          org.readout.commitments.HistoryEntry.AUTO, "suggested by a test rule", 0.6), true);
    }
    String card = "article.card[data-id='" + id + "']";
    WebElement stalled = reloadUntil(board, "#lane-stalled " + card + " div.suggest[data-seq='" + seq + "']");
    assertThat(stalled.getText()).contains("applied by tracking");
    shot("board-suggestion");
    stalled.findElement(By.cssSelector("form.reject input[name=note]")).sendKeys("the talks went on");
    stalled.findElement(By.cssSelector("form.reject button[type=submit]")).click();
    WebElement back = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#lane-open " + card)));
    assertThat(back.findElements(By.cssSelector("div.suggest"))).as("the rejected suggestion is off the board").isEmpty();
    String history = back.findElement(By.cssSelector("details.history")).getText();
    assertThat(history).contains("suggested by a test rule").contains("(rejected)")
        .contains("rejected suggestion stalled").contains("the talks went on");
    back.findElement(By.cssSelector("button.undo")).click();
    WebElement again = wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("#lane-stalled " + card + " div.suggest[data-seq='" + seq + "']")));
    assertThat(again.getText()).contains("suggested by a test rule");
    assertThat(driver.findElement(By.cssSelector("#lane-stalled " + card + " details.history")).getText())
        .contains("undo of the rejection");
  }

  /** Loads {@code path} until {@code css} is on it (the server notices another connection's write within half a second). */
  static WebElement reloadUntil(String path, String css) throws InterruptedException {
    for (int i = 0; i < 20; i++) {
      driver.get(fx.base() + path);
      List<WebElement> found = driver.findElements(By.cssSelector(css));
      if (!found.isEmpty()) {
        return found.get(0);
      }
      Thread.sleep(250);
    }
    throw new AssertionError("never appeared: " + css);
  }

  @Test
  @Order(8)
  void theMeetingListsFurtherReadingWithReasons() throws IOException {
    driver.get(fx.base() + "/meeting?id=" + MEETING);
    WebElement related = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("related")));
    List<WebElement> earlier = related.findElements(By.cssSelector("li.rel-earlier-meeting"));
    assertThat(earlier).as("the June 2021 Geneva summit, same participants").isNotEmpty();
    WebElement geneva = earlier.get(0);
    assertThat(geneva.findElement(By.tagName("a")).getDomAttribute("href")).startsWith("/meeting?id=2021-06-1");
    assertThat(geneva.findElement(By.cssSelector("ul.reasons")).getText()).contains("same-participants")
        .contains("2021-06-1");
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", related);
    shot("further-reading");
    geneva.findElement(By.tagName("a")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.heatmap")));
    assertThat(driver.getCurrentUrl()).contains("/meeting?id=2021-06-1");
  }

  @Test
  @Order(9)
  void theMeetingsListOffersItsExports() {
    driver.get(fx.base() + "/meetings?actor=RUS");
    List<String> hrefs = driver.findElements(By.cssSelector("span.exports a")).stream().map(a -> a.getDomAttribute("href"))
        .toList();
    assertThat(hrefs).containsExactly("/meetings/export?actor=RUS&format=json", "/meetings/export?actor=RUS&format=csv",
        "/meetings/export?actor=RUS&format=md");
    String csv = fx.get(hrefs.get(1)).body();
    assertThat(csv).contains("2021-12-07-biden-putin-video-call/us-readout").contains("2021-06-16");
  }
}
