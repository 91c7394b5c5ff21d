package news.parley.cli;

import news.parley.core.problem.Problem;
import news.parley.engine.BuildClock;
import news.parley.engine.BuildRequest;
import news.parley.engine.BuildResult;
import news.parley.engine.serve.Preview;
import news.parley.engine.serve.PreviewListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Builds the site, serves it on 127.0.0.1, rebuilds when content or templates change and "
                + "reloads open pages. A failed build shows in the terminal and on the page; the last good site "
                + "stays served. Drafts and future articles are shown unless --published-only.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ContentOptions content;

    @Option(names = "--port", defaultValue = "1313", description = "The port on 127.0.0.1. Default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--output", paramLabel = "DIR",
            description = "Where the preview is built. Default: a new temporary folder.")
    Path output;

    @Option(names = "--published-only", description = "Show only what a build would publish (no drafts, no future articles).")
    boolean publishedOnly;

    @Override
    public Integer call() {
        return Reporting.run(spec, content, firstNow -> {
            if (!Files.isDirectory(content.source)) {
                spec.commandLine().getErr().println("parley: " + content.source + ": source folder does not exist");
                return Reporting.CONTENT_ERROR;
            }
            Path site = output != null ? output : temporarySite();
            boolean all = !publishedOnly;
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            // Each rebuild takes the time anew, so that an embargo lifts while the preview runs.
            try (Preview preview = Preview.start(content.source, site.toAbsolutePath().normalize(),
                    () -> BuildRequest.of(content.source, site, BuildClock.now("--now", content.now,
                                    System.getenv("SOURCE_DATE_EPOCH"), Clock.systemUTC()))
                            .withDrafts(all || content.drafts).withFuture(all || content.future)
                            .withStrict(content.strict),
                    port, new Printer(spec, out, err))) {
                out.println("Serving " + site + " at " + preview.url() + " (Ctrl+C to stop); rebuilding on every change");
                out.flush();
                new CountDownLatch(1).await();
            } catch (IOException e) {
                err.println("parley: cannot serve: " + e.getMessage());
                return Reporting.INTERNAL_ERROR;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 0;
        });
    }

    /** Each build's problems and a line of its time, as the terminal shows them. */
    private record Printer(CommandSpec spec, PrintWriter out, PrintWriter err) implements PreviewListener {
        @Override
        public void built(BuildResult result) {
            Reporting.print(err, result.problems(), Reporting.colour(spec));
            if (result.failed()) {
                err.println("parley: the build failed; still serving the last good site");
            } else {
                out.printf(Locale.ROOT, "Built %d article%s in %.2f s%n", result.articles(),
                        result.articles() == 1 ? "" : "s", result.elapsed().toMillis() / 1000.0);
            }
            out.flush();
            err.flush();
        }

        @Override
        public void internalError(RuntimeException e) {
            err.println("parley: internal error: " + e);
            err.flush();
        }

        @Override
        public void stoppedWatching(IOException e) {
            err.println("parley: stopped watching: " + e.getMessage());
            err.flush();
        }
    }

    /** A folder of our own, removed again when the preview stops (Ctrl+C). */
    private static Path temporarySite() {
        try {
            Path temporary = Files.createTempDirectory("parley-serve-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(temporary)));
            return temporary.resolve("site");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path root) {
        try (var walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // the system cleans its temporary folder in the end
        }
    }
}
