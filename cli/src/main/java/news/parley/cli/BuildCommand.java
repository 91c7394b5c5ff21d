package news.parley.cli;

import news.parley.engine.BuildListener;
import news.parley.engine.BuildRequest;
import news.parley.engine.BuildResult;
import news.parley.engine.Site;
import news.parley.engine.Stage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the site from --source into --output. The output is replaced only when the whole "
                + "build succeeds; on errors it is left as it was.")
final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ContentOptions content;

    @Option(names = "--output", defaultValue = "public", paramLabel = "DIR",
            description = "Where the site goes. Default: ${DEFAULT-VALUE}")
    Path output;

    @Option(names = "--clean", description = "Ignore what the last build left and make every file anew.")
    boolean clean;

    @Option(names = "--ping", description = "Once the site is in place, tell the WebSub hubs of site.yaml's"
            + " feeds.hubs of the feeds that changed.")
    boolean ping;

    @Option(names = "--verify-cache", description = "Make even the files the cache says are unchanged, and fail if"
            + " one is not what the published site holds (slow; for checking Parley itself).")
    boolean verifyCache;

    @Override
    public Integer call() {
        return Reporting.run(spec, content, now -> {
            PrintWriter err = spec.commandLine().getErr();
            boolean terminal = Reporting.terminal();
            BuildRequest request = BuildRequest.of(content.source, output, now).withDrafts(content.drafts)
                    .withFuture(content.future).withStrict(content.strict).withClean(clean)
                    .withVerifyCache(verifyCache).withPing(ping);
            BuildResult result;
            try {
                result = Site.build(request, terminal ? progress(err) : BuildListener.NONE);
            } finally {
                if (terminal) {
                    err.print("\r\u001B[2K");
                    err.flush();
                }
            }
            if (result.failed()) {
                return Reporting.failed(spec, result, "nothing was written");
            }
            Reporting.print(err, result.problems(), Reporting.colour(spec));
            PrintWriter out = spec.commandLine().getOut();
            out.println(result.summary(output));
            if (ping && result.hubsTold() > 0) {
                out.println("Told " + result.hubsTold() + " WebSub hub" + (result.hubsTold() == 1 ? "" : "s") + " of "
                        + result.pinged().size() + " changed feed" + (result.pinged().size() == 1 ? "" : "s"));
            }
            if (content.verbose) {
                StringBuilder line = new StringBuilder("Stages:");
                result.stages().forEach((stage, time) -> line.append(String.format(Locale.ROOT, " %s %.2f s,",
                        stage.name().toLowerCase(Locale.ROOT), time.toMillis() / 1000.0)));
                out.println(line.substring(0, line.length() - 1));
            }
            return 0;
        });
    }

    /** On a terminal, one line that names the stage under way, written over as the build goes on. */
    private static BuildListener progress(PrintWriter err) {
        return stage -> {
            err.print("\r\u001B[2Kparley: " + describe(stage) + "…");
            err.flush();
        };
    }

    static String describe(Stage stage) {
        return switch (stage) {
            case LOAD -> "loading content";
            case ANALYZE -> "reading Markdown and finding actors";
            case INDEX -> "cross-linking";
            case IMAGES -> "making photos";
            case RENDER -> "rendering pages";
            case SEARCH -> "indexing every word for search";
            case FEEDS -> "writing feeds";
            case PUBLISH -> "publishing";
        };
    }
}
