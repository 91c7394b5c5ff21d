package news.parley.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the launcher's leave, {@code parley build} runs in a build server that stays up between builds:
 * the next build goes to the same warm JVM, and it builds what the client means (its folder, its
 * environment) and reports as the client would.
 */
class BuildServerTest {
    @TempDir
    Path dir;

    private record Result(int code, String output) {
    }

    /** Runs Parley's main class as the launcher does, from {@code directory}, with the server allowed. */
    private Result parley(Path directory, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().put(BuildServer.OPTIONS, "-XX:+UseSerialGC -Xmx512m");
        builder.environment().put("PARLEY_BUILD_SERVER", "on");
        builder.environment().put("PARLEY_BUILD_SERVER_DIR", dir.resolve("servers").toString());
        builder.environment().put("PARLEY_BUILD_SERVER_IDLE", "120");
        builder.environment().remove("SOURCE_DATE_EPOCH");
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }

    @AfterEach
    void stopServers() throws IOException, InterruptedException {
        parley(dir, Map.of(), "stop-server");
    }

    private Path site() throws IOException {
        Path source = dir.resolve("work/src");
        write(source.resolve("site.yaml"), "title: Wire\nbaseUrl: https://example.org/\n");
        write(source.resolve("actors/vladimir-putin.md"), "---\nname: Vladimir Putin\naliases: [Putin]\ncountry: ru\n---\n");
        for (int day = 1; day <= 3; day++) {
            article(source, day, "2025-06-0" + day, "Putin spoke on day " + day + ".\n");
        }
        return source;
    }

    private static void article(Path source, int day, String date, String body) throws IOException {
        write(source.resolve("articles/day-" + day + ".md"),
                "---\ntitle: Day " + day + "\ndate: " + date + "\ncountries: [il]\n---\n" + body);
    }

    /** A file dated an hour ago, so that the next build trusts what it remembers of it. */
    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minusSeconds(3600)));
    }

    private static String pid(Result result) {
        return result.output().replaceAll("(?s).*Build server: process (\\d+),.*", "$1");
    }

    @Test
    void theNextBuildRunsInTheSameServerForTheClientsFolderAndEnvironment() throws Exception {
        Path source = site();
        Path work = source.getParent();
        // Relative paths, and a build time from the client's environment: the third article is still to come.
        Map<String, String> epoch = Map.of("SOURCE_DATE_EPOCH", Long.toString(
                java.time.Instant.parse("2025-06-02T12:00:00Z").getEpochSecond()));
        Result first = parley(work, epoch, "build", "--source", "src", "--output", "out/site", "--verbose");
        assertThat(first.code()).as(first.output()).isZero();
        assertThat(first.output()).contains("Built 2 articles").contains("in out/site").contains("build 1 since");
        assertThat(work.resolve("out/site/index.html")).exists();

        article(source, 2, "2025-06-02", "Putin spoke again on day 2, at length.\n");
        Result second = parley(work, epoch, "build", "--source", "src", "--output", "out/site", "--verbose");
        assertThat(second.code()).as(second.output()).isZero();
        assertThat(second.output()).contains("Built 2 articles").contains("cache: 1 of 2 articles")
                .contains("build 2 since");
        assertThat(pid(second)).isEqualTo(pid(first)).isNotEqualTo(Long.toString(ProcessHandle.current().pid()));
        assertThat(Files.readString(work.resolve("out/site/articles/day-2/index.html"))).contains("at length");

        // The same as a build in the calling JVM.
        Map<String, String> off = new HashMap<>(epoch);
        off.put("PARLEY_BUILD_SERVER", "off");
        Result here = parley(work, off, "build", "--source", "src", "--output", "here/site", "--verbose");
        assertThat(here.output()).doesNotContain("Build server");
        try (Stream<Path> served = Files.walk(work.resolve("out/site"))) {
            for (Path file : served.filter(Files::isRegularFile).toList()) {
                Path twin = work.resolve("here/site").resolve(work.resolve("out/site").relativize(file).toString());
                assertThat(Files.readAllBytes(file)).as(file.toString()).isEqualTo(Files.readAllBytes(twin));
            }
        }
    }

    @Test
    void contentErrorsComeBackWithTheirLineAndExitCodeAndWriteNothing() throws Exception {
        Path source = site();
        Path out = dir.resolve("out/site");
        assertThat(parley(dir, Map.of(), "build", "--source", source.toString(), "--output", out.toString(),
                "--now", "2026-01-01T00:00:00Z").code()).isZero();
        String before = Files.readString(out.resolve("index.html"));
        write(source.resolve("articles/day-2.md"), "---\ntitle: Day 2\ndate: someday\n---\nText.\n");
        Result broken = parley(dir, Map.of(), "build", "--source", source.toString(), "--output", out.toString(),
                "--now", "2026-01-01T00:00:00Z", "--verbose");
        assertThat(broken.code()).isEqualTo(1);
        assertThat(broken.output()).contains("articles/day-2.md:3:").contains("nothing was written")
                .contains("Build server: process").doesNotContain("Exception");
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo(before);
    }

    @Test
    void stopServerStopsTheServerAndTheNextBuildStartsAnother() throws Exception {
        Path source = site();
        String[] build = {"build", "--source", source.toString(), "--output", dir.resolve("out").toString(),
                "--now", "2026-01-01T00:00:00Z", "--verbose"};
        Result first = parley(dir, Map.of(), build);
        assertThat(first.code()).as(first.output()).isZero();
        assertThat(parley(dir, Map.of(), "stop-server").output()).contains("Stopped 1 build server.");
        Result next = parley(dir, Map.of(), build);
        assertThat(next.code()).as(next.output()).isZero();
        assertThat(next.output()).contains("build 1 since");
        assertThat(pid(next)).isNotEqualTo(pid(first));
    }
}
