package news.parley.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Maven builds many modules in one JVM, at once with -T, and an IDE or a Maven daemon keeps that JVM
 * up for hours: builds must share nothing. Two sites that clash everywhere they could (the same
 * article slugs and actor ids with other names, text, languages, time zones and templates) are built
 * alone (each in a JVM of its own), then one after the other in this JVM, then at once, and every
 * build gives the same bytes as alone.
 */
class ConcurrentBuildsTest {
    @TempDir
    Path dir;

    private TestSite site(String name, String language, String zone, String actorName, String template) {
        TestSite site = new TestSite(dir.resolve(name))
                .file("site.yaml", "title: " + name + " Wire\nbaseUrl: https://" + name + ".example.org/news/\n"
                        + "language: " + language + "\ntimezone: " + zone + "\npageSize: 2\n")
                .actor("leader", actorName, "ru", actorName.split(" ")[1])
                .actor("envoy", name + " Envoy", "ir");
        for (int day = 1; day <= 7; day++) {
            site.article("story-" + day, "2025-06-0" + day + "T23:30:00Z", day % 2 == 0 ? "countries: [il]" : "",
                    name + " story " + day + ": " + actorName + " met the envoy.\n\nMore from " + name + ".\n");
        }
        if (template != null) {
            site.file("templates/foot.mustache", template);
        }
        return site;
    }

    private TestSite first() {
        return site("alpha", "en", "UTC", "Vladimir Putin", null);
    }

    private TestSite second() {
        return site("beta", "ru", "Asia/Tehran", "Владимир Путин",
                "</main><footer>beta house style</footer></body></html>\n");
    }

    @Test
    void buildsInOneJvmOneAfterTheOtherOrAtOnceGiveTheBytesEachGivesAlone() throws Exception {
        TestSite alpha = first();
        TestSite beta = second();
        // Alone: each in a JVM of its own, which nothing else has touched.
        Map<String, byte[]> alphaAlone = alone(alpha);
        Map<String, byte[]> betaAlone = alone(beta);
        assertThat(new String(betaAlone.get("articles/story-1/index.html"), StandardCharsets.UTF_8))
                .contains("beta house style", "Владимир Путин");

        // One after the other in this JVM, each into a new folder: beta, then alpha, then beta again.
        beta.buildOk();
        assertSame(beta.output, betaAlone);
        alpha.buildOk();
        assertSame(alpha.output, alphaAlone);
        Path betaAgain = dir.resolve("beta-again");
        beta.buildOk(r -> r.withOutput(betaAgain));
        assertSame(betaAgain, betaAlone);

        // At once, several rounds, each pair starting together; half of them rebuilds that use the cache.
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 4; round++) {
                Path alphaOut = dir.resolve("together-alpha-" + round % 2);
                Path betaOut = dir.resolve("together-beta-" + round % 2);
                CyclicBarrier start = new CyclicBarrier(2);
                Future<BuildResult> a = pool.submit(() -> {
                    start.await();
                    return Site.build(alpha.request().withOutput(alphaOut));
                });
                Future<BuildResult> b = pool.submit(() -> {
                    start.await();
                    return Site.build(beta.request().withOutput(betaOut));
                });
                assertThat(a.get().failed()).as(TestSite.report(a.get())).isFalse();
                assertThat(b.get().failed()).as(TestSite.report(b.get())).isFalse();
                if (round >= 2) {
                    assertThat(a.get().filesReused()).isEqualTo(a.get().files());
                }
                assertSame(alphaOut, alphaAlone);
                assertSame(betaOut, betaAlone);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Map<String, byte[]> alone(TestSite site) throws Exception {
        Path out = site.output.resolveSibling("alone");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), BuildInItsOwnProcess.class.getName(),
                site.source.toString(), out.toString(), TestSite.NOW.toString())
                .redirectErrorStream(true).start();
        String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(log).isZero();
        return OutputSafetyTest.snapshot(out);
    }

    private static void assertSame(Path output, Map<String, byte[]> expected) {
        Map<String, byte[]> actual = OutputSafetyTest.snapshot(output);
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((path, bytes) -> assertThat(actual.get(path)).as(output + "/" + path).isEqualTo(bytes));
    }
}
