package news.parley.maven;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code mvn parley:serve} blocks until Maven is stopped, which an invoker project cannot do: here the
 * goal runs on a thread of its own, serves over HTTP on the loopback interface, and stops when that
 * thread is interrupted, as Ctrl+C ends Maven.
 */
class ServeMojoTest {
    @TempDir
    Path dir;

    @Test
    void servesThePreviewWithDraftsUntilStopped() throws Exception {
        Path source = dir.resolve("site");
        Files.createDirectories(source.resolve("articles"));
        Files.writeString(source.resolve("site.yaml"), "title: Serve Wire\nbaseUrl: https://serve.example.org/\n");
        Files.writeString(source.resolve("articles/draft.md"), "---\ntitle: A draft\ndate: 2025-06-20\ndraft: true\n---\nSoon.\n");
        ServeMojo mojo = new ServeMojo();
        mojo.source = source.toFile();
        mojo.previewOutput = dir.resolve("target/parley-preview").toFile();
        mojo.now = "2026-01-01T00:00:00Z";
        try (ServerSocket socket = new ServerSocket(0)) {
            mojo.port = socket.getLocalPort();
        }
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread maven = new Thread(() -> {
            try {
                mojo.execute();
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "mvn parley:serve");
        maven.start();
        HttpClient http = HttpClient.newHttpClient();
        URI page = URI.create("http://127.0.0.1:" + mojo.port + "/articles/draft/");
        HttpResponse<String> response = null;
        for (int attempt = 0; attempt < 100 && response == null; attempt++) {
            try {
                response = http.send(HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException e) {
                Thread.sleep(100); // not listening yet, or still busy with the first build
            }
        }
        assertThat(response).isNotNull();
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<h1>A draft</h1>").contains("/__parley/reload.js");

        maven.interrupt();
        maven.join(10_000);
        assertThat(maven.isAlive()).isFalse();
        assertThat(failure.get()).isNull();
        assertThatStopped(page, http);
    }

    private static void assertThatStopped(URI page, HttpClient http) {
        boolean refused;
        try {
            http.send(HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            refused = false;
        } catch (java.io.IOException e) {
            refused = true;
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        assertThat(refused).as("the preview still answers after the goal ended").isTrue();
    }
}
