package news.parley.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Each content mistake: one problem naming the file and line, a failed build, and nothing written. */
class ProblemReportTest {

    @TempDir
    Path dir;

    private static final String OK_ARTICLE = "---\ntitle: Fine\ndate: 2025-06-01\n---\nVladimir Putin spoke.\n";

    static Stream<Arguments> errors() {
        return Stream.of(
                error("missing front matter", s -> s.file("articles/a.md", "Just text.\n"),
                        "articles/a.md:1:1: error: missing front matter"),
                error("unterminated front matter", s -> s.file("articles/a.md", "---\ntitle: A\ndate: 2025-06-01\n"),
                        "articles/a.md:1:1: error: unterminated front matter"),
                error("invalid YAML", s -> s.file("articles/a.md", "---\ntitle: A\ndate: 2025-06-01\nactors: [a\n---\n"),
                        "articles/a.md:5:1: error: invalid YAML"),
                error("field of the wrong type", s -> s.file("articles/a.md", "---\ntitle:\n  x: y\ndate: 2025-06-01\n---\n"),
                        "articles/a.md:3:3: error: 'title' must be text"),
                error("missing title", s -> s.file("articles/a.md", "---\ndate: 2025-06-01\n---\n"),
                        "articles/a.md:2:1: error: missing required field 'title'"),
                error("missing date", s -> s.file("articles/a.md", "---\ntitle: A\n---\n"),
                        "articles/a.md:2:1: error: missing required field 'date'"),
                error("date not ISO-8601", s -> s.file("articles/a.md", "---\ntitle: A\ndate: 06/01/2025\n---\n"),
                        "articles/a.md:3:7: error: 'date' must be an ISO-8601 date"),
                error("slug with a path", s -> s.file("articles/a.md", "---\ntitle: A\ndate: 2025-06-01\nslug: ../../etc\n---\n"),
                        "articles/a.md:4:7: error: 'slug' must be lowercase letters, digits and single hyphens"),
                error("slug with spaces", s -> s.file("articles/a.md", "---\ntitle: A\ndate: 2025-06-01\nslug: Big News\n---\n"),
                        "articles/a.md:4:7: error: 'slug' must be lowercase letters"),
                error("two articles, one slug", s -> s.file("articles/a.md", OK_ARTICLE)
                                .file("articles/b/fine.md", "---\ntitle: Also\ndate: 2025-06-02\nslug: a\n---\n"),
                        "articles/b/fine.md:4:1: error: slug 'a' is already used by articles/a.md"),
                error("unknown actor", s -> s.file("articles/a.md", "---\ntitle: A\ndate: 2025-06-01\nactors: [nobody]\n---\n"),
                        "articles/a.md:4:10: error: unknown actor 'nobody'"),
                error("unknown country", s -> s.file("articles/a.md", "---\ntitle: A\ndate: 2025-06-01\ncountries: [xx]\n---\n"),
                        "articles/a.md:4:13: error: unknown country code 'xx'"),
                error("actor without name", s -> s.file("actors/nameless.md", "---\nrole: Minister\n---\n"),
                        "actors/nameless.md:2:1: error: missing required field 'name'"),
                error("two actors, one id", s -> s.file("actors/archive/vladimir-putin.md", "---\nname: V. Putin\n---\n"),
                        "actors/vladimir-putin.md:1:1: error: actor id 'vladimir-putin' is already claimed by actors/archive/vladimir-putin.md"),
                error("not UTF-8", s -> s.bytes("articles/a.md", "---\ntitle: Caf\u00e9\ndate: 2025-06-01\n---\n"
                                .getBytes(StandardCharsets.ISO_8859_1)),
                        "articles/a.md:2:11: error: not valid UTF-8"),
                error("baseUrl not absolute", s -> s.file("site.yaml", "title: T\nbaseUrl: /news/\n"),
                        "site.yaml:2:10: error: 'baseUrl' must be an absolute http(s) URL"),
                error("WebSub hub not a web URL", s -> s.file("site.yaml",
                                "title: T\nbaseUrl: https://example.org/\nfeeds:\n  hubs: [https://hub.example/, ftp://hub]\n"),
                        "site.yaml:4:32: error: each of 'feeds.hubs' must be an absolute http(s) URL"),
                error("site.yaml not YAML", s -> s.file("site.yaml", "title: [T\n"),
                        "site.yaml:2:1: error: invalid YAML"),
                error("template does not compile", s -> s.file("templates/article.mustache", "{{> head}}\n{{#title}}\n{{> foot}}\n"),
                        "templates/article.mustache:2:1: error: template does not compile: Failed to close 'title' tag"),
                error("static file where the site needs a folder", s -> s.file("static/articles", "x"),
                        "static/articles:1:1: error: cannot be copied into the site: the site needs a folder 'articles/' there"),
                error("static file inside a generated file", s -> s.file("static/feed.xml/x", "x"),
                        "static/feed.xml/x:1:1: error: cannot be copied into the site: 'feed.xml' is a file of the generated site"),
                error("date out of range", s -> s.file("articles/a.md", "---\ntitle: A\ndate: \"-300000000-01-01T00:00:00Z\"\n---\n"),
                        "articles/a.md:3:7: error: 'date'"),
                error("Markdown nested too deeply", s -> s.file("articles/a.md", "---\ntitle: A\ndate: 2025-06-01\n---\n"
                                + ">".repeat(20000) + " deep\n"),
                        "articles/a.md:5:1: error: the Markdown is nested too deeply"),
                error("template names a missing partial", s -> s.file("templates/index.mustache", "{{> head}}\n  {{> sidebar}}\n{{> foot}}\n"),
                        "templates/index.mustache:2:3: error: no template 'sidebar' for the partial {{> sidebar}}"));
    }

    private static Arguments error(String name, Consumer<TestSite> mistake, String expected) {
        return arguments(name, mistake, expected);
    }

    private TestSite site() {
        return new TestSite(dir).actor("vladimir-putin", "Vladimir Putin", "ru", "Putin")
                .file("articles/a.md", OK_ARTICLE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void checkAndBuildReportTheMistakeAtItsPlaceAndWriteNothing(String name, Consumer<TestSite> mistake,
                                                                String expected) {
        TestSite site = site();
        mistake.accept(site);

        CheckResult check = site.check();
        assertThat(check.failed()).as(TestSite.report(check)).isTrue();
        assertThat(TestSite.report(check)).contains(expected).doesNotContain("Exception");

        BuildResult build = site.build();
        assertThat(build.failed()).as(TestSite.report(build)).isTrue();
        assertThat(TestSite.report(build)).contains(expected);
        assertThat(site.output).doesNotExist();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("src");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void everyProblemIsReportedAtOnceSortedByFileAndLine() {
        TestSite site = site()
                .file("articles/z.md", "---\ntitle: Z\ndate: soon\n---\n")
                .file("articles/b.md", "---\ntitle: B\n---\n")
                .file("templates/404.mustache", "{{#x}}\n");
        CheckResult check = site.check();
        assertThat(TestSite.report(check).lines().filter(l -> l.contains(": error: ")))
                .containsExactly(
                        "articles/b.md:2:1: error: missing required field 'date'",
                        "articles/z.md:3:7: error: 'date' must be an ISO-8601 date (2025-06-20) or date-time with offset"
                                + " (2025-06-20T18:00:00+03:00), found 'soon'",
                        "templates/404.mustache:1:1: error: template does not compile: Failed to close 'x' tag");
    }

    @Test
    void aBrokenPartialIsReportedOnceNotOncePerPage() {
        CheckResult check = site().file("templates/article-list.mustache", "{{#articles}}\n").check();
        assertThat(TestSite.report(check).lines().filter(l -> l.contains("article-list.mustache"))).hasSize(1);
    }

    @Test
    void aBrokenSiteYamlDoesNotHideTheArticlesProblems() {
        CheckResult check = site().file("site.yaml", "title: T\n").file("articles/b.md", "---\ntitle: B\n---\n")
                .check();
        assertThat(TestSite.report(check)).contains("site.yaml:1:1: error: missing required field 'baseUrl'")
                .contains("articles/b.md:2:1: error: missing required field 'date'");
    }

    @Test
    void linksToStaticFoldersAndPagesCountAsWorking() {
        TestSite site = site().file("static/docs/index.html", "<p>docs</p>")
                .file("articles/b.md", "---\ntitle: B\ndate: 2025-06-02\nactors: [vladimir-putin]\n---\n"
                        + "See [docs](../../docs/), [the file](../../docs/index.html), [a](../a/) and [home](../../).\n");
        CheckResult check = site.check();
        assertThat(TestSite.report(check)).doesNotContain("leads to no page");
    }

    @Test
    void warningsLetTheBuildGoOnAndStrictTurnsThemIntoErrors() {
        TestSite site = site()
                .actor("ali-khamenei", "Ali Khamenei", "ir", "Khamenei")
                .actor("mojtaba-khamenei", "Mojtaba Khamenei", "ir", "Khamenei")
                .actor("lonely", "Nobody Features", "fr")
                .file("articles/b.md", "---\ntitle: B\ndate: 2025-06-02\nactors: [ali-khamenei, mojtaba-khamenei]\n---\n"
                        + "Khamenei spoke, see [the other story](../a/) and [a lost one](../missing-story/).\n");

        CheckResult check = site.check();
        assertThat(check.failed()).isFalse();
        assertThat(TestSite.report(check)).contains(
                "actors/lonely.md:1:1: warning: no published article features Nobody Features",
                "articles/b.md:6:1: warning: 'Khamenei' may mean ali-khamenei or mojtaba-khamenei",
                "articles/b.md:6:50: warning: link to '../missing-story/' leads to no page of this site");
        assertThat(TestSite.report(check)).doesNotContain("'../a/'");
        assertThat(check.errors()).isZero();
        assertThat(check.warnings()).isEqualTo(3);

        assertThat(TestSite.report(site.buildOk())).contains("warning: link to '../missing-story/'");

        CheckResult strict = site.check(r -> r.withStrict(true));
        assertThat(strict.failed()).isTrue();
        assertThat(TestSite.report(strict)).contains("articles/b.md:6:50: error: link to '../missing-story/'");
        BuildResult strictBuild = site.build(r -> r.withStrict(true));
        assertThat(strictBuild.failed()).isTrue();
        assertThat(strictBuild.errors()).isEqualTo(3);
    }
}
