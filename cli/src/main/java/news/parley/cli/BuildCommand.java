package news.parley.cli;

import news.parley.site.BuildRequest;
import news.parley.site.BuildResult;
import news.parley.site.Site;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the site from --source into --output. The output is replaced only when the whole "
                + "build succeeds; on errors it is left as it was.")
final class BuildCommand implements Callable<Integer> {
    private final Invocation invocation;

    BuildCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Spec
    CommandSpec spec;

    @Mixin
    ContentOptions content;

    @Option(names = "--output", defaultValue = "public", paramLabel = "DIR",
            description = "Where the site goes. Default: ${DEFAULT-VALUE}")
    Path output;

    @Option(names = "--clean", description = "Ignore what the last build left and make every file anew.")
    boolean clean;

    @Option(names = "--verify-cache", description = "Make even the files the cache says are unchanged, and fail if"
            + " one is not what the published site holds (slow; for checking Parley itself).")
    boolean verifyCache;

    @Override
    public Integer call() {
        return Reporting.run(spec, content, invocation, now -> {
            boolean terminal = invocation.terminal();
            PrintWriter err = spec.commandLine().getErr();
            // On a terminal, a line that names the stage under way; elsewhere (logs, pipes) nothing.
            java.util.function.Consumer<String> progress = !terminal ? stage -> { } : stage -> {
                err.print("\r\u001B[2Kparley: " + stage + "…");
                err.flush();
            };
            BuildResult result;
            try {
                result = Site.build(new BuildRequest(invocation.resolve(content.source), invocation.resolve(output),
                        content.drafts, content.future,
                        now, content.strict, clean, verifyCache, Reporting.quickLimit()), progress);
            } finally {
                if (terminal) {
                    err.print("\r\u001B[2K");
                    err.flush();
                }
            }
            Reporting.print(err, result.warnings(), Reporting.colour(spec, invocation));
            spec.commandLine().getOut().printf(Locale.ROOT,
                    "Built %d article%s: %d pages, %d feeds, %d files in %s (%.2f s; cache: %d of %d articles, %d of %d files)%n",
                    result.articles(), result.articles() == 1 ? "" : "s", result.pages(), result.feeds(),
                    result.files(), output, result.elapsed().toMillis() / 1000.0, result.articlesReused(),
                    result.articles(), result.filesReused(), result.files());
            if (content.verbose) {
                StringBuilder line = new StringBuilder("Stages:");
                result.stages().forEach((stage, time) ->
                        line.append(String.format(Locale.ROOT, " %s %.2f s,", stage, time.toMillis() / 1000.0)));
                spec.commandLine().getOut().println(line.substring(0, line.length() - 1));
            }
            return 0;
        });
    }
}
