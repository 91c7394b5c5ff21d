package news.parley.cli;

import news.parley.core.problem.ContentException;
import news.parley.core.problem.Problem;
import news.parley.site.Site;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/** How commands end: problems one per line, exit codes, and no stack trace for a content mistake. */
final class Reporting {
    static final int CONTENT_ERROR = 1;
    static final int USAGE = 2;
    static final int INTERNAL_ERROR = 70;
    /**
     * The exit code that asks the launcher ({@code cli/parley}) to run the same command again in a JVM
     * set up for long runs: it starts every command in one set up for short ones (see {@link #quickLimit}).
     */
    static final int LONG_RUN = 75;
    /** The system property by which the launcher says how much work a short-run JVM may take on. */
    static final String QUICK_LIMIT = "parley.quickLimit";

    private Reporting() {
    }

    /**
     * 0, or the most article files to read or bodies to render in this JVM: the launcher sets it when it
     * starts one with the quick compiler only, which wins for short runs and loses for long ones.
     */
    static int quickLimit() {
        return Integer.getInteger(QUICK_LIMIT, 0);
    }

    interface Body {
        int run(Instant now);
    }

    static int run(CommandSpec spec, ContentOptions options, Body body) {
        return run(spec, options, Invocation.current(), body);
    }

    static int run(CommandSpec spec, ContentOptions options, Invocation invocation, Body body) {
        PrintWriter err = spec.commandLine().getErr();
        Instant now;
        try {
            now = BuildClock.now(options.now, invocation.variable("SOURCE_DATE_EPOCH"), Clock.systemUTC());
        } catch (DateTimeParseException | NumberFormatException e) {
            err.println("parley: " + e.getMessage());
            err.flush();
            return USAGE;
        }
        try {
            return body.run(now);
        } catch (Site.TooLong e) {
            return LONG_RUN; // nothing written or printed: the launcher runs the command again
        } catch (ContentException e) {
            print(err, e.problems(), colour(spec, invocation));
            long errors = e.problems().stream().filter(Problem::isError).count();
            err.println("parley: " + errors + " error" + (errors == 1 ? "" : "s") + "; nothing was written");
            return CONTENT_ERROR;
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

    /** One line per problem; on a terminal that takes colours, the severity is coloured. */
    static void print(PrintWriter err, List<Problem> problems, boolean colour) {
        for (Problem p : problems) {
            String line = p.format();
            if (colour) {
                String label = p.severity().label() + ":";
                String code = p.isError() ? "\u001B[1;31m" : "\u001B[33m";
                line = line.replaceFirst(java.util.regex.Pattern.quote(" " + label + " "),
                        java.util.regex.Matcher.quoteReplacement(" " + code + label + "\u001B[0m "));
            }
            err.println(line);
        }
    }

    /** Colours only for a person at a terminal: never in a pipe, a file, CI logs, or with NO_COLOR. */
    static boolean colour(CommandSpec spec) {
        return colour(spec, Invocation.current());
    }

    static boolean colour(CommandSpec spec, Invocation invocation) {
        // A build server has no terminal of its own: its client's says.
        return (invocation.directory() != null || spec.commandLine().getColorScheme().ansi().enabled())
                && invocation.terminal() && invocation.variable("NO_COLOR") == null;
    }
}
