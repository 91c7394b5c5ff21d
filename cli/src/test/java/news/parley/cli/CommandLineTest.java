package news.parley.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** What the command line adds to the engine: arguments, exit codes and what the terminal shows. */
class CommandLineTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run parley(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path source() {
        Path source = dir.resolve("src");
        write(source.resolve("site.yaml"), "title: Test Wire\nbaseUrl: https://example.org/\n");
        write(source.resolve("actors/vladimir-putin.md"), "---\nname: Vladimir Putin\naliases: [Putin]\ncountry: ru\n---\nBio.\n");
        write(source.resolve("articles/offer.md"), "---\ntitle: Offer\ndate: 2025-06-20\n---\nVladimir Putin spoke.\n");
        return source;
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Run build(Path source, String... extra) {
        String[] args = new String[6 + extra.length];
        System.arraycopy(new String[]{"build", "--source", source.toString(), "--output", dir.resolve("out").toString(),
                "--now=2026-01-01T00:00:00Z"}, 0, args, 0, 6);
        System.arraycopy(extra, 0, args, 6, extra.length);
        return parley(args);
    }

    @Test
    void aBuildPrintsOneSummaryLineAndExitsZero() {
        Run run = build(source());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).matches("Built 1 article: \\d+ pages, \\d+ feeds, \\d+ files in .*out"
                + " \\(\\d+\\.\\d\\d s; cache: 0 of 1 articles, 0 of \\d+ files\\)\\R");
        Run again = build(source(), "--verbose");
        assertThat(again.out()).contains("cache: 1 of 1 articles")
                .containsPattern("Stages: load \\d+\\.\\d\\d s, analyze .*, publish \\d+\\.\\d\\d s");
    }

    @Test
    void aContentErrorIsOneLineWithItsPlaceAndExitOne() {
        Path source = source();
        write(source.resolve("articles/bad.md"), "---\ntitle: Bad\ndate: 2025-06-21\ncountries: [ru]\n"
                + "actors: [vladimir-putin, nobody]\n---\nText.\n");
        Run run = build(source);
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("articles/bad.md:5:26: error: unknown actor 'nobody': no file actors/nobody.md\n"
                + "parley: 1 error; nothing was written\n");
        assertThat(run.out()).isEmpty();
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void checkCountsErrorsAndWarningsAndStrictFailsOnWarnings() {
        Path source = source();
        write(source.resolve("actors/lonely.md"), "---\nname: Nobody Features\ncountry: fr\n---\nBio.\n");
        Run check = parley("check", "--source", source.toString());
        assertThat(check.code()).isZero();
        assertThat(check.err()).isEqualTo("actors/lonely.md:1:1: warning: no published article features Nobody Features\n");
        assertThat(check.out()).isEqualTo("Checked " + source + ": 0 errors, 1 warning\n");
        Run strict = parley("check", "--strict", "--source", source.toString());
        assertThat(strict.code()).isEqualTo(1);
        assertThat(strict.err()).contains("actors/lonely.md:1:1: error: no published article");
        assertThat(strict.out()).contains(": 1 error, 0 warnings");
    }

    @Test
    void aBadNowIsAUsageError() {
        Run run = parley("build", "--source", source().toString(), "--now", "tomorrow");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("parley: --now must be an instant such as 2025-06-21T00:00:00Z, found 'tomorrow'\n");
    }

    @Test
    void anInternalErrorIsOneLineUnlessVerbose() throws IOException {
        Path source = source();
        assertThat(build(source).code()).isZero();
        // A published page that differs from what its fingerprint promises: --verify-cache calls that a bug.
        Files.writeString(dir.resolve("out/articles/offer/index.html"), "stale");
        Run run = build(source, "--verify-cache");
        assertThat(run.code()).isEqualTo(70);
        assertThat(run.err()).startsWith("parley: internal error: java.lang.IllegalStateException: stale output:")
                .endsWith("(run with --verbose for details)\n").doesNotContain("\tat ");
        Run verbose = build(source, "--verify-cache", "--verbose");
        assertThat(verbose.code()).isEqualTo(70);
        assertThat(verbose.err()).contains("\tat news.parley.");
    }

    @Test
    void newWritesASkeletonThatChecksCleanAndNeverOverwrites() throws IOException {
        Path source = source();
        Run made = parley("new", "Talks: round two", "--source", source.toString(), "--actors", "vladimir-putin",
                "--countries", "ir,IL");
        assertThat(made.code()).as(made.err()).isZero();
        LocalDate today = LocalDate.now();
        Path file = source.resolve(String.format("articles/%d/%02d/talks-round-two.md", today.getYear(), today.getMonthValue()));
        assertThat(made.out()).isEqualTo("Wrote " + file + "\n");
        assertThat(Files.readString(file)).startsWith("---\ntitle: \"Talks: round two\"\ndate: " + today
                        + "\nslug: talks-round-two\n")
                .contains("countries: [ir, il]\nactors: [vladimir-putin]\n");
        assertThat(parley("check", "--source", source.toString()).code()).isZero();

        Run again = parley("new", "Talks: round two", "--source", source.toString());
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("already exists; nothing was written");
        assertThat(parley("new", "Other", "--source", source.toString(), "--actors", "x]\ndraft: true").code())
                .isEqualTo(2);
        assertThat(parley("new", "Line\n---\nslug: evil", "--source", source.toString()).code()).isEqualTo(2);
    }

    @Test
    void initWritesAStarterSiteThatBuildsAndRefusesAFolderInUse() throws IOException {
        Path site = dir.resolve("Wire Desk");
        Run init = parley("init", site.toString());
        assertThat(init.code()).as(init.err()).isZero();
        assertThat(init.out()).startsWith("Wrote a new site in " + site + " (8 files).");
        assertThat(site.resolve(".gitignore")).hasContent("# What `mvn package` makes: the site, and the build cache"
                + " and lock beside it.\ntarget/");
        assertThat(Files.readString(site.resolve("pom.xml")))
                .contains("<groupId>org.example</groupId>", "<artifactId>wire-desk</artifactId>",
                        "<version>1.0-SNAPSHOT</version>", "<artifactId>parley-maven-plugin</artifactId>")
                .containsPattern("<version>\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?</version>\\s*<executions>")
                .doesNotContain("${").doesNotContain("@project");

        Run check = parley("check", "--strict", "--source", site.toString());
        assertThat(check.code()).as(check.err()).isZero();
        assertThat(check.err()).isEmpty();
        Run build = parley("build", "--source", site.toString(), "--output", site.resolve("target/site").toString());
        assertThat(build.code()).as(build.err()).isZero();
        String story = Files.readString(site.resolve("target/site/articles/welcome/index.html"));
        assertThat(story).contains("href=\"../../actors/iaea/\"").contains("href=\"../../actors/united-nations/\"");

        Run again = parley("init", site.toString());
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).isEqualTo("parley: " + site + " is not an empty folder; nothing was written\n");
    }
}
