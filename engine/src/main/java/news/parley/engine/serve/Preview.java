package news.parley.engine.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import news.parley.core.problem.Problem;
import news.parley.engine.BuildRequest;
import news.parley.engine.BuildResult;
import news.parley.engine.Site;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The preview server's core, for {@code parley serve} and {@code mvn parley:serve}: builds the site,
 * serves it on 127.0.0.1 with the JDK's HTTP server, rebuilds when content or templates change, and
 * makes open pages reload. A failed build leaves the last good site served; its problems show over
 * the page, and the front end hears of each build through a {@link PreviewListener}.
 */
public final class Preview implements Closeable {
    static final String CONTROL = "/__parley/";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml; charset=utf-8"), Map.entry("opml", "text/x-opml; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("ico", "image/x-icon"));

    private final Path source;
    private final Path output;
    private final Supplier<BuildRequest> request;
    private final PreviewListener listener;
    private final HttpServer server;
    private final WatchService watcher;
    private final Thread watching;
    private final byte[] reloadScript;
    private volatile long version;
    private volatile String problems = "";

    private Preview(Path source, Path output, Supplier<BuildRequest> request, int port, PreviewListener listener)
            throws IOException {
        this.source = source.toAbsolutePath().normalize();
        this.output = output;
        this.request = request;
        this.listener = listener;
        try (InputStream script = Preview.class.getResourceAsStream("reload.js")) {
            this.reloadScript = script.readAllBytes();
        }
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread thread = new Thread(r, "parley-serve");
            thread.setDaemon(true);
            return thread;
        }));
        this.watcher = FileSystems.getDefault().newWatchService();
        this.watching = new Thread(this::watch, "parley-watch");
        watching.setDaemon(true);
    }

    /**
     * Builds once, then serves {@code output} on {@code port} (0 for any free one) and watches
     * {@code source} until closed. Each build asks {@code request} for its request, so that the build
     * time can move on.
     */
    public static Preview start(Path source, Path output, Supplier<BuildRequest> request, int port,
                                PreviewListener listener) throws IOException {
        Preview preview = new Preview(source, output, request, port, listener);
        // Watching starts before the first build, which can take a while on a large archive: a file
        // saved meanwhile is then rebuilt for, not missed until the next change.
        preview.registerAll();
        preview.rebuild();
        preview.server.start();
        preview.watching.start();
        return preview;
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** How many builds succeeded; open pages reload when it changes. */
    public long version() {
        return version;
    }

    /** Rebuilds now; returns whether the build succeeded. */
    public synchronized boolean rebuild() {
        try {
            BuildResult result = Site.build(request.get());
            StringBuilder text = new StringBuilder();
            if (result.failed()) {
                for (Problem problem : result.problems()) {
                    text.append(problem.format()).append('\n');
                }
            }
            problems = text.toString();
            version++;
            listener.built(result);
            return !result.failed();
        } catch (RuntimeException e) {
            problems = "internal error: " + e;
            version++;
            listener.internalError(e);
            return false;
        }
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
                String json = "{\"version\":" + version + ",\"problems\":" + jsonString(problems) + "}";
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
                send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
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

    private void registerAll() throws IOException {
        try (Stream<Path> dirs = Files.walk(source)) {
            for (Path dir : dirs.filter(d -> Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS)).toList()) {
                if (!isOutputOrHidden(dir)) {
                    dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                            StandardWatchEventKinds.ENTRY_DELETE);
                }
            }
        }
    }

    private boolean isOutputOrHidden(Path dir) {
        Path relative = source.relativize(dir);
        return dir.startsWith(output) || output.startsWith(dir) && !dir.equals(source)
                || relative.toString().startsWith(".") || relative.startsWith("target");
    }

    /** Waits for changes, lets a burst of them settle, then rebuilds once. */
    private void watch() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                boolean relevant = drain(key);
                WatchKey more;
                while ((more = watcher.poll(150, TimeUnit.MILLISECONDS)) != null) {
                    relevant |= drain(more);
                }
                if (relevant) {
                    registerAll();
                    rebuild();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        } catch (IOException e) {
            listener.stoppedWatching(e);
        }
    }

    private boolean drain(WatchKey key) {
        boolean relevant = false;
        Path dir = (Path) key.watchable();
        for (var event : key.pollEvents()) {
            Object context = event.context();
            Path changed = context instanceof Path p ? dir.resolve(p) : dir;
            if (!changed.startsWith(output) && !changed.getFileName().toString().startsWith(".")
                    && !isOutputOrHidden(changed.getParent())) {
                relevant = true;
            }
        }
        key.reset();
        return relevant;
    }

    @Override
    public void close() {
        server.stop(0);
        try {
            watcher.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        watching.interrupt();
    }

}
