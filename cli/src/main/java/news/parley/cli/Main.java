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
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line without exiting, for tests and for tools that embed Parley. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new ParleyCommand());
        // Picocli reads a command's annotations when it is added: add only the one asked for, when it is
        // one, and all of them for help and for mistakes (a rebuild takes a second or two, and reading
        // the others cost a noticeable part of its start).
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("build", BuildCommand::new);
        commands.put("check", CheckCommand::new);
        commands.put("serve", ServeCommand::new);
        commands.put("new", NewCommand::new);
        commands.put("init", InitCommand::new);
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
