package news.parley.cli;

import news.parley.core.load.Slugs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Writes a new article with a front matter skeleton: today's date, a slug from the title, "
                + "its actors and countries. Never overwrites a file.")
final class NewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TITLE", description = "The headline.")
    String title;

    @Option(names = "--source", defaultValue = ".", paramLabel = "DIR", description = "The content folder. Default: ${DEFAULT-VALUE}")
    Path source;

    @Option(names = "--actors", split = ",", paramLabel = "ID", description = "Actor ids, comma-separated.")
    List<String> actors = List.of();

    @Option(names = "--countries", split = ",", paramLabel = "CODE", description = "ISO country codes, comma-separated.")
    List<String> countries = List.of();

    @Option(names = "--draft", description = "Mark it draft: true.")
    boolean draft;

    @Override
    public Integer call() {
        for (String id : actors) {
            if (!Slugs.isValid(id)) {
                spec.commandLine().getErr().println("parley: '" + id + "' is not an actor id (lowercase letters, digits, hyphens)");
                return Reporting.USAGE;
            }
        }
        for (String code : countries) {
            if (!news.parley.core.model.Country.isKnownCode(code.toLowerCase(java.util.Locale.ROOT))) {
                spec.commandLine().getErr().println("parley: '" + code + "' is not an ISO 3166-1 alpha-2 country code");
                return Reporting.USAGE;
            }
        }
        if (title.chars().anyMatch(Character::isISOControl)) {
            spec.commandLine().getErr().println("parley: a headline is one line, without control characters");
            return Reporting.USAGE;
        }
        String slug = Slugs.fromFileName(title);
        if (!Slugs.isValid(slug)) {
            spec.commandLine().getErr().println("parley: cannot make a slug from '" + title + "'; use letters or digits");
            return Reporting.USAGE;
        }
        LocalDate today = LocalDate.now(Clock.system(ZoneId.systemDefault()));
        Path file = source.resolve("articles").resolve(String.valueOf(today.getYear()))
                .resolve(String.format("%02d", today.getMonthValue())).resolve(slug + ".md");
        if (Files.exists(file)) {
            spec.commandLine().getErr().println("parley: " + file + " already exists; nothing was written");
            return Reporting.CONTENT_ERROR;
        }
        String text = "---\n"
                + "title: " + yamlString(title) + "\n"
                + "date: " + today + "\n"
                + "slug: " + slug + "\n"
                + "summary: \n"
                + "countries: [" + String.join(", ", countries.stream().map(c -> c.toLowerCase(java.util.Locale.ROOT)).toList()) + "]\n"
                + "actors: [" + String.join(", ", actors) + "]\n"
                + "tags: []\n"
                + "author: \n"
                + "source: \n"
                + (draft ? "draft: true\n" : "")
                + "---\n"
                + "Write the story here. The first mention of each actor's name links to their page.\n";
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            spec.commandLine().getErr().println("parley: cannot write " + file + ": " + e.getMessage());
            return Reporting.CONTENT_ERROR;
        }
        spec.commandLine().getOut().println("Wrote " + file);
        return 0;
    }

    /** A YAML double-quoted string, so that a headline with a colon or quote stays one value. */
    static String yamlString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
