package news.parley.cli;

import news.parley.serve.Preview;
import news.parley.site.BuildRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
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
    public Integer call() throws IOException, InterruptedException {
        if (Reporting.quickLimit() > 0) {
            return Reporting.LONG_RUN; // a preview runs for hours, and rebuilds in this JVM
        }
        Path site;
        if (output != null) {
            site = output;
        } else {
            // A folder of our own, removed again when the preview stops (Ctrl+C).
            Path temporary = Files.createTempDirectory("parley-serve-");
            site = temporary.resolve("site");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(temporary)));
        }
        boolean all = !publishedOnly;
        try (Preview preview = Preview.start(content.source, site.toAbsolutePath().normalize(),
                () -> new BuildRequest(content.source, site, all || content.drafts, all || content.future,
                        BuildClock.now(content.now, System.getenv("SOURCE_DATE_EPOCH"), Clock.systemUTC()),
                        content.strict, false),
                port, spec.commandLine().getOut(), spec.commandLine().getErr())) {
            new CountDownLatch(1).await();
        }
        return 0;
    }

    private static void deleteQuietly(Path root) {
        try (var walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // the system cleans its temporary folder in the end
        }
    }
}
