package news.parley.core.load;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import news.parley.core.problem.ContentException;
import news.parley.core.problem.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever bytes or YAML an article holds, loading ends in content or in problems, never a crash. */
class LoaderPropertiesTest {
    private static final ContentLoader.Options OPTIONS =
            new ContentLoader.Options(true, true, Instant.parse("2026-01-01T00:00:00Z"));

    @Property(tries = 300)
    void randomBytesGiveContentOrProblems(@ForAll byte[] bytes) {
        assertLoadsOrReports(bytes);
    }

    @Property(tries = 300)
    void randomFrontMatterGivesContentOrProblems(@ForAll("frontMatter") String text) {
        assertLoadsOrReports(text.getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<String> frontMatter() {
        Arbitrary<String> key = Arbitraries.of("title", "date", "updated", "slug", "summary", "countries", "actors",
                "tags", "author", "source", "sourceUrl", "draft", "unknown", "", "? complex", "- item");
        Arbitrary<String> scalar = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(20),
                Arbitraries.of("2025-06-20", "2025-06-20T18:00:00+03:00", "2025-13-45", "yes", "no", "~", "null",
                        "[a, b", "{x: 1}", "[ru, ir]", "[putin]", "&anchor x", "*alias", "!!binary aGk=", "\"quoted\\u0001\"",
                        "'single", "|\n  block", ">\n  folded", "---", "...", "%YAML 1.2", "\t", "::", "12e400"));
        Arbitrary<String> line = Combinators.combine(key, scalar, Arbitraries.of(": ", ":", " : ", ":\n  - ", ":\n  k: "))
                .as((k, v, sep) -> k + sep + v);
        Arbitrary<String> body = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(200),
                Arbitraries.of("Vladimir Putin spoke.", "[link](../x/)", "<script>x</script>", "```\ncode", "| a |\n|---|"));
        return Combinators.combine(line.list().ofMaxSize(8), body, Arbitraries.of("---\n", "--- \n", "", "---\r\n"),
                        Arbitraries.of("---\n", "", "----\n"))
                .as((lines, text, open, close) -> open + String.join("\n", lines) + "\n" + close + text);
    }

    private static void assertLoadsOrReports(byte[] article) {
        Path root = null;
        try {
            root = Files.createTempDirectory("parley-prop");
            Files.writeString(root.resolve("site.yaml"), "title: T\nbaseUrl: https://example.org/\n");
            Files.createDirectories(root.resolve("actors"));
            Files.writeString(root.resolve("actors/putin.md"), "---\nname: Vladimir Putin\ncountry: ru\n---\n");
            Files.createDirectories(root.resolve("articles"));
            Files.write(root.resolve("articles/a.md"), article);
            try {
                LoadedContent content = ContentLoader.load(root, OPTIONS);
                assertThat(content.articles()).hasSizeLessThanOrEqualTo(1);
            } catch (ContentException e) {
                assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
                    assertThat(p.path()).isEqualTo("articles/a.md");
                    assertThat(p.format()).matches("articles/a\\.md:\\d+:\\d+: (error|warning): .+");
                });
                assertThat(e.problems()).anyMatch(Problem::isError);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(root);
        }
    }

    private static void delete(Path root) {
        if (root == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
