package news.parley.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launcher starts every command in a JVM set up for short runs, with a limit on the articles it
 * may read or render; a command with more ahead of it exits 75 before writing anything, and the
 * launcher runs it again in a JVM set up for long runs.
 */
class LongRunHandOffTest {
    @TempDir
    Path dir;

    private record Result(int code, String output) {
    }

    /** Runs Parley's main class in a JVM of its own, as the launcher would, with {@code limit} articles. */
    private Result parley(int limit, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + Reporting.QUICK_LIMIT + "=" + limit, "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }

    private Path site() throws IOException {
        Path source = dir.resolve("src");
        write(source.resolve("site.yaml"), "title: Wire\nbaseUrl: https://example.org/\n");
        write(source.resolve("actors/vladimir-putin.md"), "---\nname: Vladimir Putin\naliases: [Putin]\ncountry: ru\n---\n");
        for (int day = 1; day <= 3; day++) {
            article(source, day, "Putin spoke on day " + day + ".\n");
        }
        return source;
    }

    private static void article(Path source, int day, String body) throws IOException {
        write(source.resolve("articles/day-" + day + ".md"),
                "---\ntitle: Day " + day + "\ndate: 2025-06-0" + day + "\ncountries: [il]\n---\n" + body);
    }

    /**
     * Writes a file dated an hour ago: a build does not trust what it remembers of a file changed in the
     * last two seconds, which would make every file in these tests one to read again.
     */
    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(java.time.Duration.ofHours(1))));
    }

    private String[] build(Path source, Path output) {
        return new String[]{"build", "--source", source.toString(), "--output", output.toString(),
                "--now", "2026-01-01T00:00:00Z"};
    }

    @Test
    void aFirstBuildWithMoreArticlesThanTheLimitStopsBeforeWritingAnything() throws Exception {
        Path source = site();
        Path output = dir.resolve("out/site");

        Result handedOff = parley(2, build(source, output));
        assertThat(handedOff.code()).isEqualTo(Reporting.LONG_RUN);
        assertThat(handedOff.output()).isEmpty();
        assertThat(dir.resolve("out")).doesNotExist();

        Result built = parley(3, build(source, output));
        assertThat(built.code()).as(built.output()).isZero();
        assertThat(built.output()).contains("Built 3 articles");
    }

    @Test
    void aRebuildStaysUnlessEveryBodyMustBeRenderedAgain() throws Exception {
        Path source = site();
        Path output = dir.resolve("out/site");
        assertThat(parley(0, build(source, output)).code()).isZero();

        article(source, 2, "Putin spoke on day 2, and again later.\n");
        Result oneEdit = parley(1, build(source, output));
        assertThat(oneEdit.code()).as(oneEdit.output()).isZero();
        assertThat(oneEdit.output()).contains("cache: 2 of 3 articles");

        // A new alias changes how every body links its mentions: three bodies to render, over the limit.
        Map<String, String> published = snapshot(output);
        write(source.resolve("actors/vladimir-putin.md"),
                "---\nname: Vladimir Putin\naliases: [Putin, President Putin]\ncountry: ru\n---\n");
        Result actorEdit = parley(2, build(source, output));
        assertThat(actorEdit.code()).isEqualTo(Reporting.LONG_RUN);
        assertThat(actorEdit.output()).isEmpty();
        assertThat(snapshot(output)).isEqualTo(published);
    }

    @Test
    void aCheckOfMoreArticlesThanTheLimitAndAPreviewHandOff() throws Exception {
        Path source = site();
        assertThat(parley(2, "check", "--source", source.toString()).code()).isEqualTo(Reporting.LONG_RUN);
        assertThat(parley(3, "check", "--source", source.toString()).output()).contains("0 errors");
        // A preview runs for hours: it never stays in a JVM set up for short runs.
        Result serve = parley(1000, "serve", "--source", source.toString(), "--port", "0");
        assertThat(serve.code()).isEqualTo(Reporting.LONG_RUN);
        assertThat(serve.output()).isEmpty();
    }

    /**
     * The launcher script itself, with a stand-in for {@code java} that records how it was called and
     * exits as told: 75 from the short-run JVM makes the launcher run the command again, once.
     */
    @Test
    void theLauncherRunsACommandAgainInALongRunJvmOnlyWhenAskedTo() throws Exception {
        Path home = dir.resolve("parley");
        Files.createDirectories(home.resolve("target"));
        Files.copy(Path.of("parley"), home.resolve("parley"));
        Files.writeString(home.resolve("target/parley.jar"), "");
        Path bin = dir.resolve("bin");
        Path calls = dir.resolve("calls.txt");
        write(bin.resolve("java"), "#!/bin/sh\nprintf '%s\\n' \"$*\" >> \"" + calls + "\"\n"
                + "case \"$*\" in *TieredStopAtLevel=1*) exit \"$QUICK_EXIT\";; esac\nexit 0\n");
        bin.resolve("java").toFile().setExecutable(true);

        for (String quickExit : List.of("75", "1")) {
            Files.deleteIfExists(calls);
            ProcessBuilder builder = new ProcessBuilder("sh", home.resolve("parley").toString(), "build", "--output",
                    "my site").redirectErrorStream(true);
            builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
            builder.environment().put("QUICK_EXIT", quickExit);
            builder.environment().remove("PARLEY_JAVA_OPTS");
            Process launcher = builder.start();
            String output = new String(launcher.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int code = launcher.waitFor();
            List<String> lines = Files.readAllLines(calls);
            String jarAndArgs = "-jar " + home.resolve("target/parley.jar") + " build --output my site";
            assertThat(lines.get(0)).as(output).contains("-XX:TieredStopAtLevel=1", "-Dparley.quickLimit=20000")
                    .endsWith(jarAndArgs);
            if (quickExit.equals("75")) {
                assertThat(code).isZero();
                assertThat(lines).hasSize(2);
                assertThat(lines.get(1)).contains("-XX:Tier4InvocationThreshold=", "-Dparley.quickLimit=0")
                        .doesNotContain("TieredStopAtLevel").endsWith(jarAndArgs);
            } else {
                assertThat(code).isEqualTo(1);
                assertThat(lines).hasSize(1);
            }
        }
    }

    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readString(file));
            }
        }
        return files;
    }
}
