package news.parley.cli;

import picocli.CommandLine;

/** The {@code parley} command: the only place that prints to the terminal or sets an exit code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line without exiting, for tests and for tools that embed Parley. */
    public static int run(String... args) {
        return new CommandLine(new ParleyCommand()).execute(args);
    }
}
