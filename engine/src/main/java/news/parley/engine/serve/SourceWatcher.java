package news.parley.engine.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.function.Consumer;
import java.util.concurrent.TimeUnit;

/**
 * Watches a site's source for the preview: every folder under it but the output, hidden folders and
 * {@code target/}. A burst of changes (an editor saving several files, or one file in several
 * writes) settles into one call of {@code changed}.
 */
final class SourceWatcher implements AutoCloseable {
    private final Path source;
    private final Path output;
    private final Runnable changed;
    private final Consumer<IOException> stopped;
    private final WatchService watcher;
    private final Thread watching;

    /** Registers the source's folders at once, so that a change made before {@link #start} is not missed. */
    SourceWatcher(Path source, Path output, Runnable changed, Consumer<IOException> stopped) throws IOException {
        this.source = source;
        this.output = output;
        this.changed = changed;
        this.stopped = stopped;
        this.watcher = FileSystems.getDefault().newWatchService();
        this.watching = new Thread(this::watch, "parley-watch");
        watching.setDaemon(true);
        try {
            registerAll();
        } catch (IOException | RuntimeException e) {
            watcher.close();
            throw e;
        }
    }

    void start() {
        watching.start();
    }

    /** Registers every folder of the source, never descending into the output, hidden folders or target/. */
    private void registerAll() throws IOException {
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                if (skipped(dir)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                if (holdsOutput(dir)) {
                    return FileVisitResult.CONTINUE; // its own changes are the output's; its other folders count
                }
                dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // gone meanwhile, or unreadable: nothing to watch there
            }
        });
    }

    /** A folder never watched nor walked into: the output, a hidden folder, {@code target/}. */
    private boolean skipped(Path dir) {
        Path relative = source.relativize(dir);
        return dir.startsWith(output) || relative.toString().startsWith(".") || relative.startsWith("target");
    }

    /** A folder of the source that holds the output, such as {@code target} above {@code target/site}. */
    private boolean holdsOutput(Path dir) {
        return output.startsWith(dir) && !dir.equals(source);
    }

    /** Waits for changes, lets a burst of them settle, then calls back once (new folders are watched too). */
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
                    changed.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        } catch (IOException e) {
            stopped.accept(e);
        }
    }

    private boolean drain(WatchKey key) {
        boolean relevant = false;
        Path dir = (Path) key.watchable();
        for (var event : key.pollEvents()) {
            Object context = event.context();
            Path changedFile = context instanceof Path p ? dir.resolve(p) : dir;
            if (!changedFile.startsWith(output) && !changedFile.getFileName().toString().startsWith(".")
                    && !skipped(changedFile.getParent()) && !holdsOutput(changedFile.getParent())) {
                relevant = true;
            }
        }
        key.reset();
        return relevant;
    }

    /**
     * Stops watching. Closing the watch service wakes the watching thread; it is not interrupted, since
     * a rebuild it runs would meet the interrupt in its file channels.
     */
    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (watching.isAlive() && Thread.currentThread() != watching) {
            try {
                watching.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
