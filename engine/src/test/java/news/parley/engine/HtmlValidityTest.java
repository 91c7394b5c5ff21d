package news.parley.engine;

import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every page of a site passes the W3C Nu HTML Checker with no errors. */
class HtmlValidityTest {

    @TempDir
    Path dir;

    @Test
    void everyPageOfTheSitesOwnContentIsValidHtml() {
        BuildResult result = Site.build(BuildRequest.of(Path.of("..", "content"), dir.resolve("own"),
                java.time.Instant.parse("2026-01-01T00:00:00Z")));
        assertThat(result.failed()).as(TestSite.report(result)).isFalse();
        assertThat(errors(dir.resolve("own"))).isEmpty();
    }

    @Test
    void everyPageOfAVariedSiteIsValidHtml() {
        TestSite site = new TestSite(dir)
                .file("site.yaml", "title: Wire & <Co>\nbaseUrl: https://example.org/news/\npageSize: 2\n"
                        + "description: \"Reports \\\"quoted\\\" & <escaped>\"\n")
                .actor("vladimir-putin", "Vladimir Putin", "ru", "Putin")
                .actor("un", "United Nations", null, "UN")
                .bytes("actors/un.png", PhotoTest.encode(PhotoTest.halves(400, 300), "png"))
                .file("actors/un.md", "---\nname: United Nations\naliases: [UN]\nimage: {src: un.png, alt: The flag}\n---\nBio.\n")
                .actor("araghchi", "عباس عراقچی", "ir")
                .file("countries/ir.md", "Iran, with a [link](https://example.com/) and **bold** text.\n")
                .bytes("articles/lead.jpg", PhotoTest.encode(PhotoTest.halves(1000, 600), "jpeg"))
                .bytes("articles/chart.png", PhotoTest.encode(PhotoTest.halves(300, 200), "png"))
                .bytes("articles/map.png", PhotoTest.encode(PhotoTest.halves(700, 500), "png"))
                .article("one", "2025-06-01", "actors: [vladimir-putin]\nsource: ANI\nsourceUrl: https://example.com/ani\n"
                        + "image: {src: lead.jpg, alt: \"A <quoted> & \\\"escaped\\\" view\", caption: The hall, credit: \"Roe & Co\"}\n"
                        + "redirectFrom: [/2019/06/one/, /one.html]\ncorrections:\n  - date: 2025-06-02\n"
                        + "    text: \"An earlier version said *Geneva* & <b>misspelt</b> a name.\"",
                        "Putin and the UN.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n> A quote.\n\n```\ncode <b>\n```\n")
                .article("two", "2025-06-02T10:00:00+03:00", "updated: 2025-06-03\nauthor: \"<Desk>\"\ntags: [a, b]",
                        "عباس عراقچی گفت 🕊️.\n\n- one\n- two\n\n## Heading\n\n![map](map.png \"The region\")\n\nInline ![a map](map.png) too.\n")
                .article("three", "2025-06-03", "summary: \"<script>x</script>\"\nimage: {src: chart.png, alt: A chart, credit: Desk}", "[bad](javascript:alert(1)) <b>raw</b>\n");
        site.buildOk();
        assertThat(errors(site.output)).isEmpty();
    }

    private static List<String> errors(Path site) {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        List<String> errors = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(site)) {
            List<Path> pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
            assertThat(pages).isNotEmpty();
            for (Path page : pages) {
                String report = validator.validate(page);
                report.lines().filter(l -> l.contains("error:") || l.contains("fatal:"))
                        .forEach(l -> errors.add(site.relativize(page) + ": " + l));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (org.xml.sax.SAXException e) {
            throw new AssertionError(e);
        }
        return errors;
    }
}
