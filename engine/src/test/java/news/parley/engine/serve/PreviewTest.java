package news.parley.engine.serve;

import news.parley.engine.BuildRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The preview server without a browser: what it serves, and to whom. */
class PreviewTest {
    @TempDir
    Path dir;

    private static String get(Preview preview, String path) throws java.io.IOException {
        HttpURLConnection connection = (HttpURLConnection) preview.url().resolve(path).toURL().openConnection();
        return new String(connection.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A one-article site whose article is {@code article}. */
    private Path source(String article) throws java.io.IOException {
        Path source = dir.resolve("src");
        Files.createDirectories(source.resolve("articles"));
        Files.writeString(source.resolve("site.yaml"), "title: P\nbaseUrl: https://example.org/\n");
        Files.writeString(source.resolve("articles/a.md"), article);
        return source;
    }

    @Test
    void servesPagesWithTheReloadScriptOnlyToThisMachinesOwnNames() throws Exception {
        Path source = source("---\ntitle: A\ndate: 2025-01-01\n---\nText.\n");
        Path site = dir.resolve("site");
        try (Preview preview = Preview.start(source, site,
                () -> BuildRequest.of(source, site, Instant.parse("2026-01-01T00:00:00Z")), 0, new RecordingListener())) {
            URL page = preview.url().resolve("articles/a/").toURL();
            HttpURLConnection ok = (HttpURLConnection) page.openConnection();
            assertThat(ok.getResponseCode()).isEqualTo(200);
            assertThat(new String(ok.getInputStream().readAllBytes())).contains("<h1>A</h1>")
                    .contains("<script src=\"/__parley/reload.js\"></script></body>");

            HttpURLConnection missing = (HttpURLConnection) preview.url().resolve("no/such/").toURL().openConnection();
            assertThat(missing.getResponseCode()).isEqualTo(404);

            HttpURLConnection escape = (HttpURLConnection) preview.url().resolve("..%2f..%2fetc/passwd").toURL().openConnection();
            assertThat(escape.getResponseCode()).isIn(400, 403, 404);

            // A page elsewhere whose host name was rebound to 127.0.0.1 sends its own name as Host.
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", preview.url().getPort())) {
                socket.getOutputStream().write(("GET /articles/a/ HTTP/1.1\r\nHost: attacker.example:"
                        + preview.url().getPort() + "\r\nConnection: close\r\n\r\n").getBytes());
                String response = new String(socket.getInputStream().readAllBytes());
                assertThat(response).startsWith("HTTP/1.1 403");
            }
        }
        // The preview never touches the published site's folder it was not given.
        assertThat(Files.exists(site.resolve("articles/a/index.html"))).isTrue();
        assertThat(Files.readString(site.resolve("articles/a/index.html"))).doesNotContain("reload.js");
    }

    @Test
    void aFailedRebuildKeepsTheLastGoodSiteAndShowsItsProblemsToThePage() throws Exception {
        Path source = source("---\ntitle: A\ndate: 2025-01-01\n---\nText.\n");
        Path site = dir.resolve("site");
        RecordingListener listener = new RecordingListener();
        try (Preview preview = Preview.start(source, site,
                () -> BuildRequest.of(source, site, Instant.parse("2026-01-01T00:00:00Z")), 0, listener)) {
            assertThat(preview.version()).isEqualTo(1);
            // The watcher may rebuild for these edits too, at its own time: the same content gives the
            // same result, so only the build number may differ from run to run.
            Files.writeString(source.resolve("articles/a.md"), "---\ntitle: Changed\ndate: someday\n---\nText.\n");
            assertThat(preview.rebuild()).isFalse();

            assertThat(preview.version()).isGreaterThan(1);
            assertThat(listener.builds.get(listener.builds.size() - 1).failed()).isTrue();
            assertThat(get(preview, "__parley/status")).startsWith("{\"version\":")
                    .contains(",\"problems\":\"articles/a.md:3:7: error: 'date' must be an ISO-8601 date");
            assertThat(get(preview, "articles/a/")).contains("<h1>A</h1>").doesNotContain("Changed");

            Files.writeString(source.resolve("articles/a.md"), "---\ntitle: Mended\ndate: 2025-01-02\n---\nText.\n");
            long failedAt = preview.version();
            assertThat(preview.rebuild()).isTrue();
            assertThat(preview.version()).isGreaterThan(failedAt);
            assertThat(get(preview, "__parley/status")).endsWith(",\"problems\":\"\"}");
            assertThat(get(preview, "articles/a/")).contains("<h1>Mended</h1>");
        }
        assertThat(listener.failures).isEmpty();
    }

    @Test
    void whenTheFirstBuildFailsThePreviewShowsAPageThatReloadsOnceMended() throws Exception {
        Path source = source("---\ntitle: A\n---\nNo date.\n");
        Path site = dir.resolve("site");
        try (Preview preview = Preview.start(source, site,
                () -> BuildRequest.of(source, site, Instant.parse("2026-01-01T00:00:00Z")), 0, new RecordingListener())) {
            HttpURLConnection home = (HttpURLConnection) preview.url().toURL().openConnection();
            assertThat(home.getResponseCode()).isEqualTo(404);
            assertThat(home.getContentType()).startsWith("text/html");
            assertThat(new String(home.getErrorStream().readAllBytes())).contains("<h1>No site yet</h1>")
                    .contains("<script src=\"/__parley/reload.js\"></script></body>");
        }
    }
}
