package news.parley.engine;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Work a build does on a thread of its own while it goes on with something else: compiling the
 * templates while the content loads, encoding part of the cache while the rest is encoded. A daemon
 * thread each, so that none keeps the JVM alive after the build.
 */
final class Background {
    private Background() {
    }

    /** Starts {@code work} on a new daemon thread called {@code name}. */
    static <T> CompletableFuture<T> start(String name, Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** The result, or what the work threw, as it threw it. */
    static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
