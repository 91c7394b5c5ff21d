package news.parley.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** The {@code parley} command: the only place that prints to the terminal or sets an exit code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // A build goes to the build server where the launcher allows one (see BuildServer).
        Integer served = BuildServer.serveFor(args);
        System.exit(served != null ? served
                : run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line without exiting, for tests and for tools that embed Parley. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(out, err, Invocation.current(), args);
    }

    /** Runs the command line for {@code invocation} (the build server runs its clients' commands so). */
    static int run(PrintWriter out, PrintWriter err, Invocation invocation, String... args) {
        CommandLine commandLine = new CommandLine(new ParleyCommand());
        // Picocli reads a command's annotations when it is added: add only the one asked for, when it is
        // one, and all of them for help and for mistakes (a rebuild is over in a second or two, and
        // reading the other three cost a noticeable part of its start).
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("build", () -> new BuildCommand(invocation));
        commands.put("check", CheckCommand::new);
        commands.put("new", NewCommand::new);
        commands.put("serve", ServeCommand::new);
        if (args.length > 0 && commands.containsKey(args[0])) {
            commandLine.addSubcommand(args[0], commands.get(args[0]).get());
        } else {
            commands.forEach((name, command) -> commandLine.addSubcommand(name, command.get()));
        }
        commandLine.setOut(out);
        commandLine.setErr(err);
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
