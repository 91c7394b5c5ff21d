package news.parley.core.load;

import news.parley.core.model.Article;
import news.parley.core.problem.ContentException;
import news.parley.core.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ContentLoaderTest {
    private static final ContentLoader.Options OPTIONS =
            new ContentLoader.Options(false, false, Instant.parse("2026-01-01T00:00:00Z"));

    @TempDir
    Path root;

    private void write(String path, String text) throws IOException {
        write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    private void write(String path, byte[] bytes) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private void site() throws IOException {
        write("site.yaml", "title: T\nbaseUrl: https://example.org/news\ntimezone: Asia/Tehran\n");
        write("actors/putin.md", "---\nname: Vladimir Putin\ncountry: ru\n---\nBio.\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no front matter          | Just text.\\n                                          | articles/a.md:1:1: error: missing front matter
            unterminated             | ---\\ntitle: A\\ndate: 2025-01-01\\n                  | articles/a.md:1:1: error: unterminated front matter
            not YAML                 | ---\\ntitle: A\\ndate: [2025\\n---\\nText\\n         | articles/a.md:4:1: error: invalid YAML
            not a mapping            | ---\\n- a\\n- b\\n---\\n                              | articles/a.md:2:1: error: expected 'key: value' lines
            no title                 | ---\\ndate: 2025-01-01\\n---\\n                        | articles/a.md:2:1: error: missing required field 'title'
            no date                  | ---\\ntitle: A\\n---\\n                                | articles/a.md:2:1: error: missing required field 'date'
            bad date                 | ---\\ntitle: A\\ndate: 20 June 2025\\n---\\n           | articles/a.md:3:7: error: 'date' must be an ISO-8601 date
            title a list             | ---\\ntitle: [A, B]\\ndate: 2025-01-01\\n---\\n         | articles/a.md:2:8: error: 'title' must be text
            bad slug                 | ---\\ntitle: A\\ndate: 2025-01-01\\nslug: ../etc\\n---\\n | articles/a.md:4:7: error: 'slug' must be lowercase letters
            unknown country          | ---\\ntitle: A\\ndate: 2025-01-01\\ncountries: [ru, xx]\\n---\\n | articles/a.md:4:17: error: unknown country code 'xx'
            unknown actor            | ---\\ntitle: A\\ndate: 2025-01-01\\nactors:\\n  - putin\\n  - biden\\n---\\n | articles/a.md:6:5: error: unknown actor 'biden'
            draft not boolean        | ---\\ntitle: A\\ndate: 2025-01-01\\ndraft: maybe\\n---\\n | articles/a.md:4:8: error: 'draft' must be true or false
            duplicate key            | ---\\ntitle: A\\ntitle: B\\ndate: 2025-01-01\\n---\\n   | articles/a.md:3:1: error: 'title' is given twice
            """)
    void badFrontMatterIsReportedAtItsLine(String name, String text, String expected) throws IOException {
        site();
        write("articles/a.md", text.replace("\\n", "\n"));
        ContentException e = catchThrowableOfType(ContentException.class, () -> ContentLoader.load(root, OPTIONS));
        assertThat(e).as("expected a content error").isNotNull();
        assertThat(e.problems()).extracting(Problem::format).anySatisfy(p -> assertThat(p).startsWith(expected));
    }

    @Test
    void invalidUtf8IsReportedAtTheBadByte() throws IOException {
        site();
        byte[] head = "---\ntitle: Caf".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\ndate: 2025-01-01\n---\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xE9; // Latin-1 'é'
        System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
        write("articles/a.md", bytes);
        ContentException e = catchThrowableOfType(ContentException.class, () -> ContentLoader.load(root, OPTIONS));
        assertThat(e.problems()).extracting(Problem::format)
                .anySatisfy(p -> assertThat(p).startsWith("articles/a.md:2:11: error: not valid UTF-8"));
    }

    @Test
    void theSitesSettingsAreReadWithDefaultsAndTheBaseUrlMadeCanonical() throws IOException {
        write("site.yaml", "title: T\nbaseUrl: HTTPS://Example.ORG:443/News\n");
        var site = ContentLoader.load(root, OPTIONS).site();
        // Feed ids are URLs under it, and they must be canonical: lower-case scheme and host, no default port.
        assertThat(site.baseUrl()).hasToString("https://example.org/News/");
        assertThat(site.author()).isEqualTo("T");
        assertThat(site.hubs()).isEmpty();
        write("site.yaml", "title: T\nbaseUrl: http://example.org:8080/\nauthor: The desk\n"
                + "feeds:\n  hubs: [https://hub.example/]\n");
        site = ContentLoader.load(root, OPTIONS).site();
        assertThat(site.baseUrl()).hasToString("http://example.org:8080/");
        assertThat(site.author()).isEqualTo("The desk");
        assertThat(site.hubs()).containsExactly("https://hub.example/");
    }

    @Test
    void twoArticlesWithOneSlugNameBothFiles() throws IOException {
        site();
        write("articles/a.md", "---\ntitle: A\ndate: 2025-01-01\nslug: same\n---\n");
        write("articles/b.md", "---\ntitle: B\ndate: 2025-01-02\nslug: same\n---\n");
        ContentException e = catchThrowableOfType(ContentException.class, () -> ContentLoader.load(root, OPTIONS));
        assertThat(e.problems()).extracting(Problem::format)
                .containsExactly("articles/b.md:4:1: error: slug 'same' is already used by articles/a.md; each article needs its own");
    }

    @Test
    void everyErrorIsReportedAtOnceAndSorted() throws IOException {
        site();
        write("articles/b.md", "---\ndate: 2025-01-01\n---\n");
        write("articles/a.md", "---\ntitle: A\ndate: yesterday\n---\n");
        write("actors/nameless.md", "---\nrole: x\n---\n");
        ContentException e = catchThrowableOfType(ContentException.class, () -> ContentLoader.load(root, OPTIONS));
        assertThat(e.problems()).extracting(Problem::path)
                .containsExactly("actors/nameless.md", "articles/a.md", "articles/b.md");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "baseUrl: /news/                | site.yaml:2:10: error: 'baseUrl' must be an absolute http(s) URL",
            "baseUrl: ftp://example.org/    | site.yaml:2:10: error: 'baseUrl' must be an absolute http(s) URL",
            "timezone: Mars/Olympus         | site.yaml:2:11: error: 'timezone' must be a zone",
            "description: no base           | site.yaml:1:1: error: missing required field 'baseUrl'",
    })
    void brokenSiteYamlIsReported(String line, String expected) throws IOException {
        write("site.yaml", "title: T\n" + line + "\n");
        ContentException e = catchThrowableOfType(ContentException.class, () -> ContentLoader.load(root, OPTIONS));
        assertThat(e.problems()).extracting(Problem::format).anySatisfy(p -> assertThat(p).startsWith(expected));
    }

    @Test
    void bomAndCrlfAreAcceptedAndDateOnlyMeansMidnightInTheSiteZone() throws IOException {
        site();
        write("articles/2025/Élysée Talks.md",
                "\uFEFF---\r\ntitle: Talks\r\ndate: 2025-06-20\r\ncountries: [FR]\r\n---\r\nBody line.\r\n");
        Article article = ContentLoader.load(root, OPTIONS).articles().get(0);
        assertThat(article.slug()).isEqualTo("elysee-talks");
        assertThat(article.date()).isEqualTo(OffsetDateTime.parse("2025-06-20T00:00:00+03:30"));
        assertThat(article.countries()).containsExactly("fr");
        assertThat(article.body()).isEqualTo("Body line.\n");
        assertThat(article.bodyLine()).isEqualTo(6);
    }

    @Test
    void unknownFieldsAreWarnedAboutNotFatal() throws IOException {
        site();
        write("articles/a.md", "---\ntitle: A\ndate: 2025-01-01\nauthr: Typo\n---\n");
        assertThat(ContentLoader.load(root, OPTIONS).warnings()).extracting(Problem::format)
                .anySatisfy(p -> assertThat(p).startsWith("articles/a.md:4:1: warning: unknown field 'authr'"));
    }
}
