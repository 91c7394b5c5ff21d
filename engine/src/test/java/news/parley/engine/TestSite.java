package news.parley.engine;

import news.parley.core.problem.Problem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A small site written inline in a temporary folder, built through the engine's API, and read back as
 * a reader would see it (Hugo's integration-test style).
 */
final class TestSite {
    /** The build time of every test build unless one says otherwise. */
    static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    static final UnaryOperator<BuildRequest> CLEAN = r -> r.withClean(true);
    static final UnaryOperator<BuildRequest> VERIFY_CACHE = r -> r.withVerifyCache(true);

    final Path source;
    final Path output;

    TestSite(Path dir) {
        this.source = dir.resolve("src");
        this.output = dir.resolve("out");
        file("site.yaml", """
                title: Test Wire
                baseUrl: https://example.org/
                language: en
                timezone: UTC
                description: Tests.
                """);
    }

    TestSite file(String path, String text) {
        try {
            Path file = source.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    TestSite bytes(String path, byte[] content) {
        try {
            Path file = source.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    TestSite actor(String id, String name, String country, String... aliases) {
        return file("actors/" + id + ".md", "---\nname: " + name + "\n"
                + (aliases.length == 0 ? "" : "aliases: [" + String.join(", ", aliases) + "]\n")
                + (country == null ? "" : "country: " + country + "\n")
                + "role: Test role\n---\nBiography of " + name + ".\n");
    }

    /** An article dated on the given day, with extra front matter lines and a body. */
    TestSite article(String slug, String date, String frontMatter, String body) {
        return file("articles/" + slug + ".md", "---\ntitle: Story " + slug + "\ndate: " + date + "\n"
                + frontMatter + (frontMatter.isEmpty() || frontMatter.endsWith("\n") ? "" : "\n") + "---\n" + body);
    }

    /** A build of this site into its output at {@link #NOW}. */
    BuildRequest request() {
        return BuildRequest.of(source, output, NOW);
    }

    BuildResult build() {
        return build(r -> r);
    }

    /** Builds with the request {@code options} makes of {@link #request()}. */
    BuildResult build(UnaryOperator<BuildRequest> options) {
        return Site.build(options.apply(request()));
    }

    BuildResult buildOk() {
        return buildOk(r -> r);
    }

    /** Builds and fails the test, showing the problems, unless the build succeeded. */
    BuildResult buildOk(UnaryOperator<BuildRequest> options) {
        BuildResult result = build(options);
        if (result.failed()) {
            throw new AssertionError("build failed:\n" + report(result));
        }
        return result;
    }

    CheckResult check() {
        return check(r -> r);
    }

    CheckResult check(UnaryOperator<BuildRequest> options) {
        return Site.check(options.apply(BuildRequest.of(source, null, NOW)));
    }

    /** The problems as an editor reads them, one {@code path:line:col: severity: message} per line. */
    static String report(Outcome outcome) {
        return outcome.problems().stream().map(Problem::format).collect(Collectors.joining("\n"));
    }

    boolean exists(String path) {
        return Files.exists(output.resolve(path));
    }

    String text(String path) {
        try {
            return Files.readString(output.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page of the built site, with its links resolvable against its place in the output folder. */
    Document page(String path) {
        return Jsoup.parse(text(path), output.resolve(path).toUri().toString());
    }
}
