package news.parley.engine;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code build --ping} against real hubs on the loopback interface that record what they receive: after
 * the site is in place, each hub is told of exactly the feeds whose bytes changed.
 */
class HubPingTest {
    @TempDir
    Path dir;

    private HttpServer hub;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private volatile int status = 204;

    @BeforeEach
    void startHub() throws IOException {
        hub = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        hub.createContext("/", exchange -> {
            try (exchange) {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                received.add(exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("Content-Type")
                        + " " + body);
                exchange.sendResponseHeaders(status, -1);
            }
        });
        hub.start();
    }

    @AfterEach
    void stopHub() {
        hub.stop(0);
    }

    private String hubUrl() {
        return "http://127.0.0.1:" + hub.getAddress().getPort() + "/";
    }

    private TestSite site(String... hubs) {
        return new TestSite(dir)
                .file("site.yaml", "title: Wire\nbaseUrl: https://example.org/\nfeeds:\n  hubs: [" + String.join(", ", hubs)
                        + "]\n")
                .actor("vladimir-putin", "Vladimir Putin", "ru", "Putin")
                .actor("donald-trump", "Donald Trump", "us", "Trump")
                .article("moscow", "2025-06-01", "countries: [ru]", "Vladimir Putin spoke.\n")
                .article("washington", "2025-06-02", "countries: [us]", "Donald Trump spoke.\n");
    }

    /** The feed URLs of one publish notice, after checking it is one. */
    private static Set<String> topics(String request) {
        assertThat(request).startsWith("POST application/x-www-form-urlencoded hub.mode=publish&");
        Set<String> topics = new TreeSet<>();
        for (String pair : request.substring(request.indexOf(' ', 5) + 1).split("&")) {
            String[] field = pair.split("=", 2);
            if (field[0].equals("hub.url")) {
                topics.add(URLDecoder.decode(field[1], StandardCharsets.UTF_8));
            }
        }
        return topics;
    }

    /** The feeds whose bytes differ between two snapshots of the site, as absolute URLs. */
    private static Set<String> changedFeeds(Map<String, byte[]> before, Map<String, byte[]> after) {
        Set<String> changed = new TreeSet<>();
        after.forEach((path, bytes) -> {
            if (path.matches("(.*/)?(feed\\.xml|atom\\.xml|feed\\.json)") && !Arrays.equals(bytes, before.get(path))) {
                changed.add("https://example.org/" + path);
            }
        });
        return changed;
    }

    @Test
    void eachHubIsToldOfExactlyTheFeedsWhoseBytesChanged() {
        TestSite site = site(hubUrl());
        BuildResult first = site.buildOk(r -> r.withPing(true));
        assertThat(received).hasSize(1);
        Set<String> all = changedFeeds(Map.of(), OutputSafetyTest.snapshot(site.output));
        // The site, two countries, two actors and the corrections.
        assertThat(all).hasSize(3 * (1 + 2 + 2 + 1)).contains("https://example.org/countries/ru/atom.xml");
        assertThat(topics(received.get(0))).isEqualTo(all);
        assertThat(first.pinged()).containsExactlyElementsOf(all);
        assertThat(first.hubsTold()).isOne();

        // An edit to the Washington story: the site's, the United States' and Trump's feeds change; Russia's
        // and Putin's do not.
        Map<String, byte[]> before = OutputSafetyTest.snapshot(site.output);
        site.article("washington", "2025-06-02", "countries: [us]", "Donald Trump spoke again.\n");
        site.buildOk(r -> r.withPing(true));
        Set<String> changed = changedFeeds(before, OutputSafetyTest.snapshot(site.output));
        assertThat(changed).hasSize(9).contains("https://example.org/feed.xml",
                "https://example.org/countries/us/feed.json", "https://example.org/actors/donald-trump/atom.xml");
        assertThat(received).hasSize(2);
        assertThat(topics(received.get(1))).isEqualTo(changed);

        // Nothing changed: nobody is told. Without --ping, nobody is told either.
        site.buildOk(r -> r.withPing(true));
        site.article("moscow", "2025-06-01", "countries: [ru]", "Vladimir Putin spoke again.\n");
        site.buildOk();
        assertThat(received).hasSize(2);
    }

    @Test
    void aFullBuildOverAPublishedSiteTellsOnlyOfFeedsThatReallyChanged() {
        TestSite site = site(hubUrl());
        site.buildOk();
        Map<String, byte[]> before = OutputSafetyTest.snapshot(site.output);
        site.article("moscow", "2025-06-01", "countries: [ru]", "Vladimir Putin spoke again.\n");
        site.buildOk(r -> r.withPing(true).withClean(true));
        assertThat(received).hasSize(1);
        assertThat(topics(received.get(0))).isEqualTo(changedFeeds(before, OutputSafetyTest.snapshot(site.output)))
                .hasSize(9);
    }

    @Test
    void aHubThatFailsOrCannotBeReachedIsAWarningAndTheSiteIsInPlace() throws IOException {
        int closed;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        status = 500;
        TestSite site = site(hubUrl(), "http://127.0.0.1:" + closed + "/");
        BuildResult result = site.build(r -> r.withPing(true));
        assertThat(result.failed()).isFalse();
        assertThat(site.exists("articles/moscow/index.html")).isTrue();
        List<String> warnings = new ArrayList<>(result.problems().stream().map(p -> p.format()).toList());
        assertThat(warnings).hasSize(2)
                .anyMatch(w -> w.startsWith("site.yaml:1:1: warning: the WebSub hub " + hubUrl() + " answered 500;"
                        + " it was not told of 18 changed feeds"))
                .anyMatch(w -> w.startsWith("site.yaml:1:1: warning: the WebSub hub http://127.0.0.1:" + closed
                        + "/ could not be reached ("));
        assertThat(received).hasSize(1);
    }

    @Test
    void pingingASiteWithoutHubsSaysSo() {
        TestSite site = new TestSite(dir).article("a", "2025-06-01", "", "Text.\n");
        BuildResult result = site.buildOk(r -> r.withPing(true));
        assertThat(TestSite.report(result)).isEqualTo("site.yaml:1:1: warning: the build was asked to ping, but site.yaml"
                + " names no WebSub hubs (feeds.hubs); nobody was told");
    }

    @Test
    void thePreviewNeverTellsHubs() throws Exception {
        TestSite site = site(hubUrl());
        try (var preview = news.parley.engine.serve.Preview.start(site.source, site.output,
                () -> site.request().withPing(true), 0, new news.parley.engine.serve.PreviewListener() {
                    @Override
                    public void built(BuildResult result) {
                    }

                    @Override
                    public void internalError(RuntimeException e) {
                    }

                    @Override
                    public void stoppedWatching(IOException e) {
                    }
                })) {
            assertThat(preview.version()).isEqualTo(1);
        }
        assertThat(site.exists("index.html")).isTrue();
        assertThat(received).isEmpty();
    }
}
