package news.parley.engine.websub;

import com.sun.net.httpserver.HttpServer;
import news.parley.core.problem.Problem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** How a notice fares with hubs that misbehave, on the loopback interface. */
class HubNotifierTest {
    private HttpServer hub;
    private final java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newCachedThreadPool();
    private final List<String> requests = new CopyOnWriteArrayList<>();

    private String start(com.sun.net.httpserver.HttpHandler handler) throws IOException {
        hub = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        hub.createContext("/", exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getProtocol() + " "
                    + exchange.getRequestHeaders().containsKey("Upgrade") + " "
                    + new String(exchange.getRequestBody().readAllBytes()).split("&").length);
            handler.handle(exchange);
        });
        hub.setExecutor(threads);
        hub.start();
        return "http://127.0.0.1:" + hub.getAddress().getPort() + "/";
    }

    @AfterEach
    void stop() {
        if (hub != null) {
            hub.stop(0);
        }
        threads.shutdownNow();
    }

    @Test
    void aHubThatRedirectsHasNotTakenTheNotice() throws IOException {
        String url = start(exchange -> {
            exchange.getResponseHeaders().set("Location", "/elsewhere");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        List<Problem> warnings = new HubNotifier(Duration.ofSeconds(5)).publish(List.of(url), List.of("https://e.org/feed.xml")).warnings();
        assertThat(warnings).extracting(Problem::message).singleElement().asString().contains("answered 302");
        // One plain HTTP/1.1 POST, not followed as a GET, offering no upgrade.
        assertThat(requests).containsExactly("POST HTTP/1.1 false 2");
    }

    @Test
    void aHubThatStallsAfterItsHeadersIsGivenUpOnInTime() throws IOException {
        String url = start(exchange -> {
            exchange.sendResponseHeaders(200, 1_000_000);
            try {
                Thread.sleep(20_000); // the body never comes
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        long start = System.nanoTime();
        List<Problem> warnings = new HubNotifier(Duration.ofSeconds(1)).publish(List.of(url), List.of("https://e.org/feed.xml")).warnings();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(warnings).extracting(Problem::message).singleElement().asString().contains("did not answer within 1 s");
    }

    @Test
    void manyFeedsGoInNoticesOfAHundred() throws IOException {
        String url = start(exchange -> {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        List<String> feeds = IntStream.range(0, 250).mapToObj(i -> "https://e.org/actors/a" + i + "/feed.xml").toList();
        HubNotifier.Told told = new HubNotifier(Duration.ofSeconds(5)).publish(List.of(url), feeds);
        assertThat(told.warnings()).isEmpty();
        assertThat(told.hubs()).isOne();
        assertThat(told.feeds()).isEqualTo(feeds);
        // hub.mode and a hundred hub.url, a hundred, then fifty.
        assertThat(requests).containsExactly("POST HTTP/1.1 false 101", "POST HTTP/1.1 false 101", "POST HTTP/1.1 false 51");
    }
}
