package news.parley.site;

import news.parley.cli.Main;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A small site written inline in a temporary folder, built through the real command line, and read
 * back as a reader would see it (Hugo's integration-test style).
 */
final class TestSite {
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

    Run build(String... extra) {
        List<String> args = new ArrayList<>(List.of("--output", output.toString()));
        args.addAll(List.of(extra));
        return run("build", args.toArray(String[]::new));
    }

    /** Runs a command ({@code build}, {@code check}) on this site's source, at a fixed build time unless given. */
    Run run(String command, String... extra) {
        List<String> args = new ArrayList<>(List.of(command, "--source", source.toString()));
        args.addAll(List.of(extra));
        if (!args.contains("--now")) {
            args.addAll(List.of("--now", "2026-01-01T00:00:00Z"));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    /** Builds and fails the test, showing stderr, unless the build succeeded. */
    Run buildOk(String... extra) {
        Run run = build(extra);
        if (run.code() != 0) {
            throw new AssertionError("build failed (" + run.code() + "):\n" + run.err());
        }
        return run;
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

    record Run(int code, String out, String err) {
    }
}
