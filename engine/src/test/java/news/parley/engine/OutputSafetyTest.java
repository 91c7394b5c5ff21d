package news.parley.engine;

import news.parley.engine.publish.SiteMarker;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The published site is never lost, and Parley never deletes a folder it did not make. */
class OutputSafetyTest {

    @TempDir
    Path dir;

    private TestSite site() {
        return new TestSite(dir).actor("vladimir-putin", "Vladimir Putin", "ru", "Putin")
                .article("offer", "2025-06-20", "", "Vladimir Putin spoke.\n");
    }

    @Test
    void aFailedBuildLeavesThePreviousSiteByteForByte() {
        TestSite site = site();
        site.buildOk();
        Map<String, byte[]> before = snapshot(site.output);

        site.file("templates/article.mustache", "{{#broken}}\n");
        assertThat(site.build().failed()).isTrue();
        site.file("templates/article.mustache", "{{> head}}{{title}}{{> foot}}\n")
                .file("articles/offer.md", "---\ntitle: [no\n---\n");
        assertThat(site.build().failed()).isTrue();

        assertThat(snapshot(site.output)).containsOnlyKeys(before.keySet());
        before.forEach((path, bytes) -> assertThat(snapshot(site.output).get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void aNewBuildReplacesTheWholeSiteSoDeletedArticlesDisappear() throws IOException {
        TestSite site = site().article("second", "2025-06-21", "", "More.\n");
        site.buildOk();
        assertThat(site.exists("articles/second/index.html")).isTrue();
        Files.delete(site.source.resolve("articles/second.md"));
        site.buildOk();
        assertThat(site.exists("articles/second/index.html")).isFalse();
        assertThat(site.exists(".parley-build")).isTrue();
        // Beside the site: the cache, the one pack of bodies it names and the lock file; no staging
        // folder is left over.
        try (Stream<Path> siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString()).map(n -> n.replaceFirst("-[0-9a-f]+$", "-N")))
                    .containsExactlyInAnyOrder("src", "out", ".out.parley-cache", ".out.parley-cache.bodies-N",
                            ".out.parley-lock");
        }
    }

    @Test
    void foldersThatAreOrHoldTheSourceAreRefused() {
        TestSite site = site();
        for (String output : new String[]{site.source.toString(), dir.toString(),
                site.source.resolve("articles/out").toString(), site.source.resolve("static").toString()}) {
            BuildResult run = site.build(r -> r.withOutput(Path.of(output)));
            assertThat(run.failed()).as(output).isTrue();
            assertThat(TestSite.report(run)).as(output).contains("refusing this output folder");
        }
        assertThat(site.source.resolve("articles/offer.md")).exists();
        assertThat(site.source.resolve("articles/out")).doesNotExist();
        // A folder beside the inputs, such as target/site under the content folder, is fine.
        assertThat(site.build(r -> r.withOutput(site.source.resolve("target/site"))).failed()).isFalse();
    }

    @Test
    void aFolderOfSomeoneElsesFilesIsRefusedAndLeftAlone() throws IOException {
        TestSite site = site();
        Files.createDirectories(site.output);
        Files.writeString(site.output.resolve("thesis.tex"), "precious");
        BuildResult run = site.build();
        assertThat(run.failed()).isTrue();
        assertThat(TestSite.report(run)).contains("holds files that Parley did not make");
        assertThat(Files.readString(site.output.resolve("thesis.tex"))).isEqualTo("precious");
    }

    @Test
    void anOutputThatIsAFileIsRefusedAndKept() throws IOException {
        TestSite site = site();
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("notes.txt"), "precious");
        BuildResult run = site.build(r -> r.withOutput(dir.resolve("notes.txt")));
        assertThat(run.failed()).isTrue();
        assertThat(TestSite.report(run)).contains("is not a folder");
        assertThat(dir.resolve("notes.txt")).hasContent("precious");
    }

    @Test
    void thePublishedFolderIsReadableByAWebServerRunningAsAnotherUser() throws IOException {
        TestSite site = site();
        site.buildOk();
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(site.output)))
                .isEqualTo("rwxr-xr-x");
    }

    @Test
    void symbolicLinksOutOfTheSourceAreNotFollowed() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("index.mustache"), "{{> head}}STOLEN{{> foot}}");
        Files.writeString(outside.resolve("secret.txt"), "secret");
        TestSite site = site();
        Files.createSymbolicLink(site.source.resolve("templates"), outside);
        Files.createDirectories(site.source.resolve("static"));
        Files.createSymbolicLink(site.source.resolve("static/secret.txt"), outside.resolve("secret.txt"));
        BuildResult run = site.buildOk();
        assertThat(TestSite.report(run)).contains("templates:1:1: warning: a symbolic link is skipped")
                .contains("static/secret.txt:1:1: warning: a symbolic link is skipped");
        assertThat(site.text("index.html")).doesNotContain("STOLEN");
        assertThat(site.exists("secret.txt")).isFalse();
    }

    @Test
    void whatAnInterruptedBuildLeftIsClearedButOnlyIfParleyMadeIt() throws IOException {
        TestSite site = site();
        Files.createDirectories(dir);
        Path leftover = Files.createDirectories(dir.resolve(".out.parley-12345"));
        Files.writeString(leftover.resolve(SiteMarker.NAME), "");
        Path lookalike = Files.createDirectories(dir.resolve(".out.parley-notes"));
        Files.writeString(lookalike.resolve("notes.txt"), "mine");
        site.buildOk();
        assertThat(leftover).doesNotExist();
        assertThat(lookalike.resolve("notes.txt")).hasContent("mine");
    }

    @Test
    void twoBuildsOfTheSameContentAreByteIdentical() {
        TestSite site = site().article("second", "2025-06-21", "countries: [ir]", "Putin again.\n");
        site.buildOk();
        Map<String, byte[]> first = snapshot(site.output);
        site.buildOk(r -> r.withNow(java.time.Instant.parse("2027-01-01T00:00:00Z")));
        Map<String, byte[]> second = snapshot(site.output);
        assertThat(second.keySet()).isEqualTo(first.keySet());
        first.forEach((path, bytes) -> assertThat(second.get(path)).as(path).isEqualTo(bytes));
        assertThat(first).hasSizeGreaterThan(20);
    }

    @Test
    void buildsInSeparateJavaProcessesAreByteIdentical() throws Exception {
        // Within one JVM, hash orders and the like stay put; reproducibility has to hold across processes.
        TestSite site = site().article("second", "2025-06-21", "countries: [ir]\nauthor: Desk", "Putin again.\n");
        Map<String, byte[]> first = null;
        for (int run = 0; run < 2; run++) {
            Path out = dir.resolve("process-" + run);
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), BuildInItsOwnProcess.class.getName(),
                    site.source.toString(), out.toString(), "2026-01-01T00:00:00Z")
                    .redirectErrorStream(true).start();
            String log = new String(process.getInputStream().readAllBytes());
            assertThat(process.waitFor()).as(log).isZero();
            Map<String, byte[]> files = snapshot(out);
            if (first == null) {
                first = files;
            } else {
                Map<String, byte[]> expected = first;
                assertThat(files.keySet()).isEqualTo(expected.keySet());
                files.forEach((path, bytes) -> assertThat(bytes).as(path).isEqualTo(expected.get(path)));
            }
        }
    }

    static Map<String, byte[]> snapshot(Path root) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
