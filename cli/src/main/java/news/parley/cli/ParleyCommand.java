package news.parley.cli;

import picocli.CommandLine.Command;

@Command(name = "parley", mixinStandardHelpOptions = true, version = "Parley 0.1.0",
        description = "Builds a static news site with actor pages and country feeds from Markdown.")
final class ParleyCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
