package news.parley.cli;

import news.parley.core.problem.ContentException;
import news.parley.core.problem.Problem;
import news.parley.site.BuildRequest;
import news.parley.site.BuildResult;
import news.parley.site.Site;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the site from --source into --output; the output is replaced only when the whole build succeeds.")
final class BuildCommand implements Callable<Integer> {
    static final int CONTENT_ERROR = 1;
    static final int INTERNAL_ERROR = 70;

    @Spec
    CommandSpec spec;

    @Option(names = "--source", defaultValue = ".", description = "The content folder (with site.yaml). Default: ${DEFAULT-VALUE}")
    Path source;

    @Option(names = "--output", defaultValue = "public", description = "Where the site goes. Default: ${DEFAULT-VALUE}")
    Path output;

    @Option(names = "--drafts", description = "Publish articles marked draft: true.")
    boolean drafts;

    @Option(names = "--future", description = "Publish articles dated after the build time.")
    boolean future;

    @Option(names = "--now", paramLabel = "INSTANT",
            description = "The build time, such as 2025-06-21T00:00:00Z. Default: $SOURCE_DATE_EPOCH, else the clock.")
    String now;

    @Option(names = "--verbose", description = "Print the stack trace of an internal error.")
    boolean verbose;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        Instant buildTime;
        try {
            buildTime = BuildClock.now(now, System.getenv("SOURCE_DATE_EPOCH"), Clock.systemUTC());
        } catch (DateTimeParseException | NumberFormatException e) {
            err.println("parley: " + e.getMessage());
            return 2;
        }
        try {
            BuildResult result = Site.build(new BuildRequest(source, output, drafts, future, buildTime));
            result.warnings().forEach(w -> err.println(w.format()));
            out.printf(Locale.ROOT, "Built %d article%s: %d pages, %d feeds, %d files in %s (%.2f s)%n",
                    result.articles(), result.articles() == 1 ? "" : "s", result.pages(), result.feeds(),
                    result.files(), output, result.elapsed().toMillis() / 1000.0);
            out.flush();
            return 0;
        } catch (ContentException e) {
            e.problems().forEach(p -> err.println(p.format()));
            long errors = e.problems().stream().filter(Problem::isError).count();
            err.println("parley: build failed with " + errors + " error" + (errors == 1 ? "" : "s")
                    + "; the output folder was not changed");
            return CONTENT_ERROR;
        } catch (RuntimeException e) {
            err.println("parley: internal error: " + e + (verbose ? "" : " (run with --verbose for details)"));
            if (verbose) {
                e.printStackTrace(err);
            }
            return INTERNAL_ERROR;
        } finally {
            err.flush();
        }
    }
}
