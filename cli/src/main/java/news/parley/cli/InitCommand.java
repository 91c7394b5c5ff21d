package news.parley.cli;

import news.parley.core.load.Slugs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Starts a new site in DIR: site.yaml, two actors, an article that mentions them, a country, "
                + "and a pom.xml that builds it with `mvn package`. DIR must be empty or new.")
final class InitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The new site's folder.")
    Path dir;

    @Option(names = "--group-id", defaultValue = "org.example", paramLabel = "ID",
            description = "The Maven groupId of the site's pom.xml. Default: ${DEFAULT-VALUE}")
    String groupId;

    @Option(names = "--artifact-id", paramLabel = "ID",
            description = "The Maven artifactId of the site's pom.xml. Default: the folder's name, as a slug.")
    String artifactId;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        Path absolute = dir.toAbsolutePath().normalize();
        String artifact = artifactId != null ? artifactId
                : absolute.getFileName() == null ? "" : Slugs.fromFileName(absolute.getFileName().toString());
        if (!artifact.matches("[A-Za-z0-9_.-]+") || !groupId.matches("[A-Za-z0-9_.-]+")) {
            err.println("parley: a groupId and an artifactId are letters, digits, '.', '_' and '-'; give them with"
                    + " --group-id and --artifact-id");
            return Reporting.USAGE;
        }
        try {
            if (Files.exists(dir) && (!Files.isDirectory(dir) || !isEmpty(dir))) {
                err.println("parley: " + dir + " is not an empty folder; nothing was written");
                return Reporting.CONTENT_ERROR;
            }
            List<Path> files = StarterSite.of(groupId, artifact).writeInto(dir);
            out.println("Wrote a new site in " + dir + " (" + files.size() + " files). Next:");
            out.println("  cd '" + dir.toString().replace("'", "'\\''") + "' && mvn package   # builds the site into target/site/");
            out.println("  mvn parley:serve   # previews it at http://127.0.0.1:1313/");
            return 0;
        } catch (IOException e) {
            err.println("parley: cannot write " + dir + ": " + e.getMessage());
            return Reporting.CONTENT_ERROR;
        } catch (RuntimeException e) {
            err.println("parley: internal error: " + e);
            return Reporting.INTERNAL_ERROR;
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
