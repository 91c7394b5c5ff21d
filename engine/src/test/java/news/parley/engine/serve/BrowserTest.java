package news.parley.engine.serve;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import news.parley.engine.BuildRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver) over a site served by
 * {@code parley serve}: what a reader clicks and what an editor sees while writing.
 */
class BrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    Path dir;

    private Path source;
    private Preview preview;
    private WebDriver browser;
    private final RecordingListener listener = new RecordingListener();

    @BeforeEach
    void start() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI must install chromium and chromium-driver (see .ci/run)");
        }
        Assumptions.assumeTrue(installed, "browser tests need Debian's chromium and chromium-driver");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        source = dir.resolve("src");
        write("site.yaml", "title: Preview Wire\nbaseUrl: http://127.0.0.1:" + port + "/\n");
        write("actors/benjamin-netanyahu.md", "---\nname: Benjamin Netanyahu\naliases: [Netanyahu]\ncountry: il\n"
                + "role: Prime Minister of Israel\n---\nBio.\n");
        write("actors/ali-khamenei.md", "---\nname: Ali Khamenei\ncountry: ir\nrole: Supreme Leader of Iran\n---\nBio.\n");
        write("articles/strikes.md", "---\ntitle: Strikes and retaliation\ndate: 2025-06-13\n"
                + "image: {src: smoke.jpg, alt: Smoke over the city, credit: Wire photo}\n---\n"
                + "Benjamin Netanyahu ordered strikes; Ali Khamenei vowed a response.\n\nDrones were seen.\n");
        java.awt.image.BufferedImage photo = new java.awt.image.BufferedImage(1200, 800, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream jpeg = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(photo, "jpeg", jpeg);
        Files.write(source.resolve("articles/smoke.jpg"), jpeg.toByteArray());
        write("articles/talks.md", "---\ntitle: Talks in Oman\ndate: 2025-06-10\ncountries: [om]\n---\nEnvoys met.\n\n"
                + "A drone flew over the delegation from Seoul (서울에서 온 대표단).\n");
        // "And Netanyahu met the delegation", in an article in Arabic on an English site.
        write("articles/gaza.md", "---\ntitle: Gaza envoy\ndate: 2025-06-11\nlang: ar\n---\n"
                + "\u0648\u0646\u062a\u0646\u064a\u0627\u0647\u0648 \u0627\u0644\u062a\u0642\u0649 \u0628\u0627\u0644\u0648\u0641\u062f.\n");
        write("articles/water.md", "---\ntitle: Water on the table\ndate: 2025-06-12\ncountries: [om]\n"
                + "summary: A day of quiet meetings.\n---\nThe envoys discussed desalination plants along the Strait of"
                + " Hormuz, and the negotiations went on into the night, as they had in Łódź. The sign read"
                + " 海水淡\n化厂, as at the G20峰会.\n");
        preview = Preview.start(source, dir.resolve("site"),
                () -> BuildRequest.of(source, dir.resolve("site"), Instant.parse("2026-01-01T00:00:00Z"))
                        .withDrafts(true).withFuture(true),
                port, listener);

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + dir.resolve("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (preview != null) {
            preview.close();
        }
    }

    @Test
    void theSearchPageFindsAnArticleByAnActorsName() {
        browser.get(preview.url().resolve("search/").toString());
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys("netanyahu");
        box.submit();
        List<WebElement> results = waitFor(() -> {
            List<WebElement> found = browser.findElements(By.cssSelector("#search-results li a"));
            return found.isEmpty() ? null : found;
        });
        assertThat(results).extracting(WebElement::getText).containsExactly("Strikes and retaliation");
        // The result shows the lead photo's small crop, which the browser loads.
        WebElement thumb = browser.findElement(By.cssSelector("#search-results li img.thumb"));
        assertThat(waitFor(() -> loadedWidth(thumb))).isEqualTo(480L);
        results.get(0).click();
        assertThat(waitFor(() -> browser.findElement(By.tagName("h1")).getText())).isEqualTo("Strikes and retaliation");
        assertThat(browser.getCurrentUrl()).isEqualTo(preview.url().resolve("articles/strikes/").toString());
        // The lead photo loads from one of its widths, as the browser chose from srcset.
        WebElement lead = browser.findElement(By.cssSelector("figure.lead img"));
        assertThat(waitFor(() -> loadedWidth(lead))).isPositive();
        assertThat((String) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return arguments[0].currentSrc", lead))
                .contains("/images/").matches(".*/(480|960|1200)\\.jpg");
    }

    @Test
    void theSearchFindsAnyWordOfTheTextByPrefixAndTogetherLoadingOnlyWhatTheQueryNeeds() {
        // A word only the body holds, from a shared link: the search runs as the page loads.
        browser.get(preview.url().resolve("search/?q=Desalination").toString());
        assertThat(titles()).containsExactly("Water on the table");
        assertThat(browser.findElement(By.cssSelector("#search-results li .snippet mark")).getText()).isEqualTo("desalination");
        assertThat(browser.findElement(By.id("search-status")).getText()).isEqualTo("1 article found.");
        long oneWord = searchBytes();
        // The page loaded the manifest, one word file and one result: not the whole index.
        assertThat(loaded("/search/t/")).hasSize(1);
        assertThat(loaded("/search/d/")).hasSize(1);

        search("negot");
        assertThat(titles()).containsExactly("Water on the table");
        // The script folds what readers type as the index folds the text: "lodz" is "Łódź".
        search("lodz");
        assertThat(titles()).containsExactly("Water on the table");
        assertThat(browser.findElement(By.cssSelector("#search-results li .snippet mark")).getText()).isEqualTo("Łódź");
        // Chinese has no spaces: a word inside a run of letters is found and marked, even across the editor's
        // line break; its first letter alone finds it; a run the text does not hold finds nothing. A word
        // beside Chinese letters is a word of its own, and Korean is found inside a longer word.
        search("淡化");
        assertThat(titles()).containsExactly("Water on the table");
        assertThat(browser.findElement(By.cssSelector("#search-results li .snippet mark")).getText()).isEqualTo("淡化");
        search("淡");
        assertThat(titles()).containsExactly("Water on the table");
        search("g20");
        assertThat(titles()).containsExactly("Water on the table");
        assertThat(browser.findElement(By.cssSelector("#search-results li .snippet mark")).getText()).isEqualTo("G20");
        search("서울");
        assertThat(titles()).containsExactly("Talks in Oman");
        // In an article in Arabic, a word is found and marked without the "and" joined to its front.
        search("\u0646\u062a\u0646\u064a\u0627\u0647\u0648");
        assertThat(titles()).containsExactly("Gaza envoy");
        assertThat(browser.findElement(By.cssSelector("#search-results li .snippet mark")).getText())
                .isEqualTo("\u0646\u062a\u0646\u064a\u0627\u0647\u0648");
        // The word typed ranks above a longer one it begins, though that article is newer.
        search("drone");
        assertThat(titles()).containsExactly("Talks in Oman", "Strikes and retaliation");
        search("淡水");
        assertThat(waitFor(() -> browser.findElement(By.id("search-status")).getText().equals("0 articles found.") ? true : null))
                .isTrue();
        search("khamenei");
        assertThat(titles()).containsExactly("Strikes and retaliation");
        // Both texts hold the word; in the one it opens, it is also the summary, which ranks above the body.
        search("envoys");
        assertThat(titles()).containsExactly("Talks in Oman", "Water on the table");
        search("envoys hormuz");
        assertThat(titles()).containsExactly("Water on the table");
        long twoWords = searchBytes();
        System.out.println("search bytes fetched: one word " + oneWord + ", then two words " + twoWords);
        assertThat(twoWords).isPositive().isLessThan(300_000);

        // Filters narrow by country, and the newest come first when asked.
        search("envoys");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("search-sort"))).selectByValue("newest");
        assertThat(titles()).containsExactly("Water on the table", "Talks in Oman");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("search-country"))).selectByVisibleText("Oman");
        assertThat(browser.getCurrentUrl()).contains("country=om");

        search("hormuz");
        browser.findElement(By.cssSelector("#search-results li a")).click();
        assertThat(waitFor(() -> browser.findElement(By.tagName("h1")).getText())).isEqualTo("Water on the table");
    }

    private void search(String words) {
        WebElement box = browser.findElement(By.id("q"));
        box.clear();
        box.sendKeys(words);
        box.submit();
        waitFor(() -> java.net.URLDecoder.decode(browser.getCurrentUrl(), java.nio.charset.StandardCharsets.UTF_8)
                .contains("q=" + words) ? true : null);
    }

    /** The titles of the results, once the status says how many there are and all of them are shown. */
    private List<String> titles() {
        return waitFor(() -> {
            String said = browser.findElement(By.id("search-status")).getText();
            List<String> shown = browser.findElements(By.cssSelector("#search-results li a")).stream()
                    .map(WebElement::getText).toList();
            int count = said.matches("\\d+ articles found\\.") ? Integer.parseInt(said.split(" ")[0])
                    : said.equals("1 article found.") ? 1 : -1;
            return count >= 0 && shown.size() == Math.min(count, 10) ? shown : null;
        });
    }

    /** The files of the search index the page has loaded so far. */
    @SuppressWarnings("unchecked")
    private List<String> loaded(String folder) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript("return performance.getEntriesByType('resource')"
                + ".map(function (e) { return e.name; }).filter(function (n) { return n.indexOf(arguments[0]) >= 0; })"
                .replace("arguments[0]", "'" + folder + "'"));
    }

    /** The bytes of the search index the page has loaded so far (manifest, word files, result files). */
    private long searchBytes() {
        return ((Number) ((JavascriptExecutor) browser).executeScript("return performance.getEntriesByType('resource')"
                + ".filter(function (e) { return /\\/search\\/(manifest\\.json|t\\/|d\\/)/.test(e.name); })"
                + ".reduce(function (sum, e) { return sum + e.encodedBodySize; }, 0)")).longValue();
    }

    /** The width of the picture an image element shows once it has loaded, or null before. */
    private Long loadedWidth(WebElement img) {
        Object width = ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0 ? arguments[0].naturalWidth : null", img);
        return width == null ? null : ((Number) width).longValue();
    }

    @Test
    void aCountryPagesSubscribeLinksResolveToFeeds() throws Exception {
        browser.get(preview.url().resolve("countries/ir/").toString());
        List<String> links = browser.findElements(By.cssSelector(".subscribe a")).stream()
                .map(a -> a.getAttribute("href")).toList();
        assertThat(links).hasSize(4);
        HttpClient http = HttpClient.newHttpClient();
        for (String link : links) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(link)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(response.statusCode()).as(link).isEqualTo(200);
            if (link.endsWith(".xml")) {
                SyndFeed feed = new SyndFeedInput().build(new StringReader(response.body()));
                assertThat(feed.getEntries()).as(link).extracting(e -> e.getTitle()).containsExactly("Strikes and retaliation");
            } else if (link.endsWith(".json")) {
                assertThat(response.body()).contains("\"title\" : \"Strikes and retaliation\"");
            } else {
                assertThat(response.body()).as(link).contains("<opml version=\"2.0\">").contains("countries/ir/feed.xml");
            }
        }
    }

    @Test
    void anOpenPageReloadsAfterItsArticleIsEditedAndShowsABrokenBuild() throws IOException {
        browser.get(preview.url().resolve("articles/talks/").toString());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Talks in Oman");
        ((JavascriptExecutor) browser).executeScript("window.parleyMarker = 'before';");

        write("articles/talks.md", "---\ntitle: Talks in Muscat\ndate: 2025-06-10\ncountries: [om]\n---\nEnvoys met.\n");
        assertThat(waitFor(() -> {
            String title = browser.findElement(By.tagName("h1")).getText();
            return title.equals("Talks in Muscat") ? title : null;
        })).isEqualTo("Talks in Muscat");
        assertThat(((JavascriptExecutor) browser).executeScript("return window.parleyMarker || null;")).isNull();

        write("articles/talks.md", "---\ntitle: [broken\n---\n");
        String shown = waitFor(() -> {
            List<WebElement> box = browser.findElements(By.id("parley-problems"));
            return box.isEmpty() ? null : box.get(0).getText();
        });
        assertThat(shown).contains("articles/talks.md:3:1: error: invalid YAML");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Talks in Muscat");
        assertThat(listener.problems()).contains("articles/talks.md:3:1: error: invalid YAML");
    }

    private <T> T waitFor(java.util.function.Supplier<T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> {
            try {
                return condition.get();
            } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
                return null;
            }
        });
    }

    private void write(String path, String text) throws IOException {
        Path file = source.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
