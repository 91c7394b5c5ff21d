package news.parley.cli;

import news.parley.core.problem.Problem;
import news.parley.engine.BuildClock;
import news.parley.engine.Outcome;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How commands end: problems one per line, exit codes, and no stack trace for a content mistake. */
final class Reporting {
    static final int CONTENT_ERROR = 1;
    static final int USAGE = 2;
    static final int INTERNAL_ERROR = 70;

    private Reporting() {
    }

    interface Body {
        int run(Instant now);
    }

    /** Runs a command that reads content at a build time, turning what goes wrong into a line and an exit code. */
    static int run(CommandSpec spec, ContentOptions options, Body body) {
        PrintWriter err = spec.commandLine().getErr();
        Instant now;
        try {
            now = BuildClock.now("--now", options.now, System.getenv("SOURCE_DATE_EPOCH"), Clock.systemUTC());
        } catch (IllegalArgumentException e) {
            err.println("parley: " + e.getMessage());
            err.flush();
            return USAGE;
        }
        try {
            return body.run(now);
        } catch (OutOfMemoryError e) {
            err.println("parley: Java ran out of memory; give it more, for example PARLEY_JAVA_OPTS=-Xmx4g cli/parley ...");
            return INTERNAL_ERROR;
        } catch (RuntimeException e) {
            err.println("parley: internal error: " + e + (options.verbose ? "" : " (run with --verbose for details)"));
            if (options.verbose) {
                e.printStackTrace(err);
            }
            return INTERNAL_ERROR;
        } finally {
            err.flush();
            spec.commandLine().getOut().flush();
        }
    }

    /** Every problem of a failed build or check, then how many errors stopped it. */
    static int failed(CommandSpec spec, Outcome outcome, String consequence) {
        PrintWriter err = spec.commandLine().getErr();
        print(err, outcome.problems(), colour(spec));
        long errors = outcome.errors();
        err.println("parley: " + errors + " error" + (errors == 1 ? "" : "s") + "; " + consequence);
        return CONTENT_ERROR;
    }

    /** One line per problem; on a terminal that takes colours, the severity is coloured. */
    static void print(PrintWriter err, List<Problem> problems, boolean colour) {
        for (Problem p : problems) {
            String line = p.format();
            if (colour) {
                String label = p.severity().label() + ":";
                String code = p.isError() ? "\u001B[1;31m" : "\u001B[33m";
                line = line.replaceFirst(Pattern.quote(" " + label + " "),
                        Matcher.quoteReplacement(" " + code + label + "\u001B[0m "));
            }
            err.println(line);
        }
    }

    /** Colours only for a person at a terminal: never in a pipe, a file, CI logs, or with NO_COLOR. */
    static boolean colour(CommandSpec spec) {
        return spec.commandLine().getColorScheme().ansi().enabled() && terminal() && System.getenv("NO_COLOR") == null;
    }

    /** Whether a person watches at a terminal (progress lines, colours). */
    static boolean terminal() {
        return System.console() != null;
    }
}
