package news.parley.engine.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The preview's HTTP side, on the JDK's server and the loopback interface only: the built site's
 * files (HTML pages with the script that reloads them), and under {@value #CONTROL} that script and
 * the status it polls (the build's number and the problems of a failed one).
 */
final class PreviewHttp implements AutoCloseable {
    static final String CONTROL = "/__parley/";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml; charset=utf-8"), Map.entry("opml", "text/x-opml; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("ico", "image/x-icon"));

    private static final byte[] NO_SITE_YET = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>Parley preview</title></head><body><h1>No site yet</h1><p>The preview has no good build to show"
            + " yet. Mend the problems and save: this page reloads.</p></body></html>").getBytes(StandardCharsets.UTF_8);

    /** What the page's script polls: the number of the last build, and the problems of a failed one. */
    record Status(long version, String problems) {
    }

    private final Path output;
    private final Supplier<Status> status;
    private final HttpServer server;
    private final ExecutorService threads;
    private final byte[] reloadScript;

    PreviewHttp(Path output, int port, Supplier<Status> status) throws IOException {
        this.output = output;
        this.status = status;
        try (InputStream script = PreviewHttp.class.getResourceAsStream("reload.js")) {
            this.reloadScript = script.readAllBytes();
        }
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", this::handle);
        this.threads = Executors.newFixedThreadPool(4, r -> {
            Thread thread = new Thread(r, "parley-serve");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
    }

    void start() {
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            // Only this machine's own names: a page elsewhere that rebinds its host name to 127.0.0.1
            // must not read the preview, drafts and all.
            String host = String.valueOf(exchange.getRequestHeaders().getFirst("Host"));
            int port = server.getAddress().getPort();
            if (!host.equals("127.0.0.1:" + port) && !host.equals("localhost:" + port)) {
                send(exchange, 403, "text/plain", "forbidden host".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (path.equals(CONTROL + "reload.js")) {
                send(exchange, 200, "text/javascript; charset=utf-8", reloadScript);
            } else if (path.equals(CONTROL + "status")) {
                Status now = status.get();
                String json = "{\"version\":" + now.version() + ",\"problems\":" + jsonString(now.problems()) + "}";
                exchange.getResponseHeaders().set("Cache-Control", "no-store");
                send(exchange, 200, "application/json", json.getBytes(StandardCharsets.UTF_8));
            } else {
                try {
                    serveFile(exchange, path);
                } catch (java.nio.file.InvalidPathException e) {
                    send(exchange, 400, "text/plain", "bad path".getBytes(StandardCharsets.UTF_8));
                } catch (java.nio.file.NoSuchFileException e) {
                    send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
                }
            }
        }
    }

    private void serveFile(HttpExchange exchange, String path) throws IOException {
        Path file = output.resolve(path.substring(1)).normalize();
        if (!file.startsWith(output)) {
            send(exchange, 403, "text/plain", "forbidden".getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (Files.isDirectory(file)) {
            if (!path.endsWith("/")) {
                exchange.getResponseHeaders().set("Location", path + "/");
                send(exchange, 301, "text/plain", new byte[0]);
                return;
            }
            file = file.resolve("index.html");
        }
        int status = 200;
        if (!Files.isRegularFile(file)) {
            file = output.resolve("404.html");
            status = 404;
            if (!Files.isRegularFile(file)) {
                // No site yet (the first build failed): a page that shows the problems and reloads once mended.
                exchange.getResponseHeaders().set("Cache-Control", "no-store");
                send(exchange, 404, TYPES.get("html"), withReload(NO_SITE_YET));
                return;
            }
        }
        String name = file.getFileName().toString();
        String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT),
                "application/octet-stream");
        byte[] body = Files.readAllBytes(file);
        if (type.startsWith("text/html")) {
            body = withReload(body);
        }
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        send(exchange, status, type, body);
    }

    /** The preview's pages, unlike the built site's, carry the script that reloads them. */
    private static byte[] withReload(byte[] html) {
        String text = new String(html, StandardCharsets.UTF_8);
        String tag = "<script src=\"" + CONTROL + "reload.js\"></script>";
        int end = text.lastIndexOf("</body>");
        text = end < 0 ? text + tag : text.substring(0, end) + tag + text.substring(end);
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        boolean head = exchange.getRequestMethod().equalsIgnoreCase("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream stream = exchange.getResponseBody()) {
                stream.write(body);
            }
        }
    }

    private static String jsonString(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '<' -> json.append("\\u003c");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
