package news.parley.engine.serve;

import news.parley.core.problem.Problem;
import news.parley.engine.BuildRequest;
import news.parley.engine.BuildResult;
import news.parley.engine.Site;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * The preview server's core, for {@code parley serve} and {@code mvn parley:serve}: builds the site,
 * serves it on 127.0.0.1 with the JDK's HTTP server, rebuilds when content or templates change, and
 * makes open pages reload. A failed build leaves the last good site served; its problems show over
 * the page, and the front end hears of each build through a {@link PreviewListener}.
 */
public final class Preview implements Closeable {
    private final Supplier<BuildRequest> request;
    private final PreviewListener listener;
    private final PreviewHttp http;
    private final SourceWatcher watcher;
    private volatile PreviewHttp.Status status = new PreviewHttp.Status(0, "");
    private volatile boolean closed;

    private Preview(Path source, Path output, Supplier<BuildRequest> request, int port, PreviewListener listener)
            throws IOException {
        this.request = request;
        this.listener = listener;
        // Watching starts before the first build, which can take a while on a large archive: a file
        // saved meanwhile is then rebuilt for, not missed until the next change.
        this.watcher = new SourceWatcher(source.toAbsolutePath().normalize(), output, this::rebuild,
                listener::stoppedWatching);
        try {
            this.http = new PreviewHttp(output, port, () -> status);
        } catch (IOException | RuntimeException e) {
            watcher.close();
            throw e;
        }
    }

    /**
     * Builds once, then serves {@code output} on {@code port} (0 for any free one) and watches
     * {@code source} until closed. Each build asks {@code request} for its request, so that the build
     * time can move on.
     *
     * @throws IOException when the port is taken or the source cannot be watched (the caller checks
     *                     first that the source is a folder: its absence is the editor's to mend)
     */
    public static Preview start(Path source, Path output, Supplier<BuildRequest> request, int port,
                                PreviewListener listener) throws IOException {
        Preview preview = new Preview(source, output, request, port, listener);
        try {
            preview.rebuild();
            preview.http.start();
            preview.watcher.start();
        } catch (Throwable e) {
            preview.close();
            throw e;
        }
        return preview;
    }

    public URI url() {
        return http.url();
    }

    /** How many builds finished; open pages reload when it changes. */
    public long version() {
        return status.version();
    }

    /** Rebuilds now; returns whether the build succeeded. */
    public synchronized boolean rebuild() {
        if (closed) {
            return false;
        }
        try {
            // A preview never tells hubs: what it builds is not published.
            BuildResult result = Site.build(request.get().withPing(false));
            StringBuilder text = new StringBuilder();
            if (result.failed()) {
                for (Problem problem : result.problems()) {
                    text.append(problem.format()).append('\n');
                }
            }
            status = new PreviewHttp.Status(status.version() + 1, text.toString());
            listener.built(result);
            return !result.failed();
        } catch (RuntimeException e) {
            status = new PreviewHttp.Status(status.version() + 1, "internal error: " + e);
            listener.internalError(e);
            return false;
        }
    }

    /** Stops serving and watching; a rebuild under way finishes first, so that it leaves no half-written cache. */
    @Override
    public void close() {
        closed = true;
        watcher.close();
        synchronized (this) {
            http.close();
        }
    }
}
