package news.parley.engine;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Moved pages as readers, crawlers and static hosts meet them: a page that sends on, and _redirects. */
class RedirectTest {

    @TempDir
    Path dir;

    private TestSite site() {
        return new TestSite(dir)
                .file("site.yaml", "title: Test Wire\nbaseUrl: https://example.org/news/\nlanguage: en\ntimezone: UTC\n")
                .file("actors/vladimir-putin.md", "---\nname: Vladimir Putin\naliases: [Putin]\ncountry: ru\n"
                        + "redirectFrom: [/actors/putin/]\n---\nBio.\n")
                .article("talks-resume", "2025-06-20", "actors: [vladimir-putin]\nredirectFrom:\n  - /2019/06/old-slug/\n"
                        + "  - /old-page.html\n  - /archive/talks", "Putin spoke.\n");
    }

    @Test
    void eachOldPathSendsReadersOnAndStaticHostsGetEveryOneAsA301() {
        TestSite site = site();
        site.buildOk();
        Document old = site.page("2019/06/old-slug/index.html");
        String target = "https://example.org/news/articles/talks-resume/";
        assertThat(old.selectFirst("meta[http-equiv=refresh]").attr("content")).isEqualTo("0; url=" + target);
        assertThat(old.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(target);
        assertThat(old.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(old.selectFirst("body a").attr("href")).isEqualTo(target);
        assertThat(old.selectFirst("body a").text()).isEqualTo("Story talks-resume");
        assertThat(site.page("old-page.html").selectFirst("link[rel=canonical]").attr("href")).isEqualTo(target);
        assertThat(site.page("archive/talks/index.html").selectFirst("link[rel=canonical]").attr("href")).isEqualTo(target);
        assertThat(site.page("actors/putin/index.html").selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo("https://example.org/news/actors/vladimir-putin/");
        // The host's own file, with the site's path in front of both sides.
        assertThat(site.text("_redirects").lines()).containsExactlyInAnyOrder(
                "/news/2019/06/old-slug/ /news/articles/talks-resume/ 301",
                "/news/old-page.html /news/articles/talks-resume/ 301",
                "/news/archive/talks/ /news/articles/talks-resume/ 301",
                "/news/actors/putin/ /news/actors/vladimir-putin/ 301");
        // Redirect pages are not pages to index or list.
        assertThat(site.text("sitemap.xml")).doesNotContain("old-slug");

        // Without redirects there is no _redirects.
        site.article("talks-resume", "2025-06-20", "actors: [vladimir-putin]", "Putin spoke.\n")
                .file("actors/vladimir-putin.md", "---\nname: Vladimir Putin\naliases: [Putin]\ncountry: ru\n---\nBio.\n");
        site.buildOk();
        assertThat(site.exists("_redirects")).isFalse();
        assertThat(site.exists("2019/06/old-slug/index.html")).isFalse();
    }

    @Test
    void anOldPathThatSomethingElseClaimsOrThatLeavesTheSiteIsAnErrorAtItsLine() {
        TestSite site = site().article("other", "2025-06-19", "", "Other.\n")
                .file("static/files/report.html", "<p>Report</p>")
                .article("clash", "2025-06-18", "redirectFrom:\n  - /articles/other/\n  - /files/report.html\n"
                        + "  - /2019/06/old-slug/\n  - /Articles/Other/\n  - /feed.xml/", "Text.\n");
        BuildResult result = site.build();
        assertThat(result.failed()).isTrue();
        String report = TestSite.report(result);
        assertThat(report).contains("articles/clash.md:5:5: error: '/articles/other/' cannot send readers here: it is"
                + " the page of articles/other.md");
        assertThat(report).contains("articles/clash.md:6:5: error: '/files/report.html' cannot send readers here: it is"
                + " static/files/report.html");
        // As a case-insensitive disk would see it; and a folder where the site has a file.
        assertThat(report).contains("articles/clash.md:8:5: error: '/Articles/Other/' cannot send readers here: it is"
                + " the page of articles/other.md");
        assertThat(report).contains("articles/clash.md:9:5: error: '/feed.xml/' cannot send readers here: it is inside"
                + " 'feed.xml', a file of the site");
        assertThat(report).containsPattern("articles/clash.md:7:5: error: '/2019/06/old-slug/' cannot send readers here:"
                + " it is the 'redirectFrom' of articles/talks-resume.md \\(line \\d+\\)|articles/talks-resume.md:\\d+:\\d+:"
                + " error: '/2019/06/old-slug/' cannot send readers here: it is the 'redirectFrom' of articles/clash.md");

        for (Map.Entry<String, Integer> bad : Map.of("https://evil.example/x/", 5, "//evil.example/x/", 5,
                "/a/../b/", 5, "relative/path/", 5, "/", 5, "/with space/", 5, "/q?x=1", 5, "/articles//x/", 5,
                "/a:b/", 5).entrySet()) {
            site.article("clash", "2025-06-18", "redirectFrom:\n  - \"" + bad.getKey() + "\"", "Text.\n");
            assertThat(TestSite.report(site.build())).as(bad.getKey())
                    .contains("articles/clash.md:" + bad.getValue() + ":5: error: 'redirectFrom' takes paths of this site");
        }
    }

    @Test
    void aPageTheLastBuildPublishedAndThisOneWouldNotIsAWarningWithItsAnswer() {
        TestSite site = site().article("old-slug", "2025-06-21", "", "Text.\n").article("doomed", "2025-06-22", "", "Text.\n")
                .actor("donald-trump", "Donald Trump", "us");
        site.buildOk();
        // The slug changes in the same file; another article and an actor are deleted.
        site.article("old-slug", "2025-06-21", "slug: new-slug", "Text.\n")
                .file("articles/doomed.md", "").file("actors/donald-trump.md", "");
        new java.io.File(site.source.resolve("articles/doomed.md").toString()).delete();
        new java.io.File(site.source.resolve("actors/donald-trump.md").toString()).delete();
        BuildResult result = site.buildOk();
        String report = TestSite.report(result);
        assertThat(report).contains("articles/old-slug.md:1:1: warning: '/articles/old-slug/' was published by the last"
                + " build and no longer is: this file now publishes /articles/new-slug/; add 'redirectFrom:"
                + " [/articles/old-slug/]' to keep its readers");
        assertThat(report).contains("articles/doomed.md:1:1: warning: '/articles/doomed/' was published by the last build"
                + " and no longer is (this file is gone)");
        assertThat(report).contains("actors/donald-trump.md:1:1: warning: '/actors/donald-trump/' was published by the"
                + " last build and no longer is (this file is gone)");
        // It is said once, by the build that drops the page.
        assertThat(TestSite.report(site.buildOk())).doesNotContain("no longer is");

        // With --strict it is an error and nothing is written. The answers: a redirect from the old path,
        // and a deleted page listed as gone.
        site.article("old-slug", "2025-06-21", "slug: newer-slug", "Text.\n");
        assertThat(site.build(r -> r.withStrict(true)).failed()).isTrue();
        assertThat(site.exists("articles/new-slug/index.html")).isTrue();
        site.article("old-slug", "2025-06-21", "slug: newer-slug\nredirectFrom: [/articles/new-slug/]", "Text.\n");
        assertThat(TestSite.report(site.buildOk(r -> r.withStrict(false)))).doesNotContain("no longer is");
        assertThat(site.page("articles/new-slug/index.html").selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo("https://example.org/news/articles/newer-slug/");

        site.article("gone-soon", "2025-06-23", "", "Text.\n");
        site.buildOk();
        new java.io.File(site.source.resolve("articles/gone-soon.md").toString()).delete();
        site.file("site.yaml", "title: Test Wire\nbaseUrl: https://example.org/news/\nlanguage: en\ntimezone: UTC\n"
                + "gone: [/articles/gone-soon/]\n");
        assertThat(TestSite.report(site.buildOk())).doesNotContain("no longer is");
    }
}
