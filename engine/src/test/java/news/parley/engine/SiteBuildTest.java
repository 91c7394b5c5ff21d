package news.parley.engine;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Whole sites built inline and read back as readers and subscribers see them. */
class SiteBuildTest {

    @TempDir
    Path dir;

    private TestSite worldSite() {
        return new TestSite(dir)
                .actor("vladimir-putin", "Vladimir Putin", "ru", "Putin")
                .actor("donald-trump", "Donald Trump", "us", "Trump")
                .actor("ali-khamenei", "Ali Khamenei", "ir", "Khamenei")
                .actor("un", "United Nations", null, "UN");
    }

    @Test
    void firstMentionOfEachActorLinksToTheirPageAndLaterOnesDoNot() {
        TestSite site = worldSite().article("offer", "2025-06-20", "actors: [vladimir-putin]", """
                Vladimir Putin spoke. Later Putin spoke again, and Donald Trump replied.

                Trump was unmoved.
                """);
        site.buildOk();

        Document page = site.page("articles/offer/index.html");
        List<Element> mentions = page.select(".body a.actor");
        assertThat(mentions).extracting(Element::text).containsExactly("Vladimir Putin", "Donald Trump");
        assertThat(mentions).extracting(a -> a.attr("href"))
                .containsExactly("../../actors/vladimir-putin/", "../../actors/donald-trump/");
        assertThat(page.select(".in-this-story a")).extracting(Element::text)
                .containsExactly("Vladimir Putin", "Donald Trump");
        // Trump was only mentioned in the text, yet his page lists the article.
        assertThat(site.page("actors/donald-trump/index.html").select(".card h3 a")).extracting(Element::text)
                .containsExactly("Story offer");
    }

    @Test
    void mentionsInsideLinksCodeAndHeadingsAreNotLinkedOrCounted() {
        TestSite site = worldSite().article("quiet", "2025-06-20", "", """
                ## Putin in the headline

                A [link about Trump](https://example.com/) and `Khamenei` in code.

                    United Nations in an indented code block

                Putinism and Trumpian are other words.
                """);
        site.buildOk();

        Document page = site.page("articles/quiet/index.html");
        assertThat(page.select(".body a.actor")).isEmpty();
        assertThat(page.select(".in-this-story")).isEmpty();
        assertThat(site.page("actors/vladimir-putin/index.html").select(".card")).isEmpty();
    }

    @Test
    void longestNameWinsOverAShorterAliasInsideIt() {
        TestSite site = new TestSite(dir)
                .actor("mbz", "Mohammed bin Zayed Al Nahyan", "ae", "Mohammed bin Zayed")
                .actor("mbs", "Mohammed bin Salman", "sa", "Mohammed")
                .article("gulf", "2025-06-20", "", "Mohammed bin Zayed Al Nahyan met Mohammed bin Salman.\n");
        site.buildOk();

        assertThat(site.page("articles/gulf/index.html").select(".body a.actor"))
                .extracting(Element::text, a -> a.attr("data-actor"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Mohammed bin Zayed Al Nahyan", "mbz"),
                        org.assertj.core.groups.Tuple.tuple("Mohammed bin Salman", "mbs"));
    }

    @Test
    void sharedAliasLinksTheActorTheFrontMatterListsAndOtherwiseNobodyWithAWarning() {
        TestSite site = new TestSite(dir)
                .actor("ali-khamenei", "Ali Khamenei", "ir", "Khamenei")
                .actor("mojtaba-khamenei", "Mojtaba Khamenei", "ir", "Khamenei")
                .article("settled", "2025-06-20", "actors: [mojtaba-khamenei]", "Khamenei spoke.\n")
                .article("unsettled", "2025-06-21", "", "First line.\n\nThen Khamenei spoke.\n");
        BuildResult run = site.buildOk();

        assertThat(site.page("articles/settled/index.html").select(".body a.actor"))
                .extracting(a -> a.attr("data-actor")).containsExactly("mojtaba-khamenei");
        assertThat(site.page("articles/unsettled/index.html").select(".body a.actor")).isEmpty();
        assertThat(site.page("articles/unsettled/index.html").select(".in-this-story")).isEmpty();
        // The body starts on line 5 of the file; the ambiguous name is on its third line, column 6.
        assertThat(TestSite.report(run)).contains("articles/unsettled.md:7:6: warning: 'Khamenei' may mean ali-khamenei or "
                + "mojtaba-khamenei");
    }

    @Test
    void anArticleBelongsToItsActorsHomeCountriesAndAppearsInTheirFeeds() throws Exception {
        TestSite site = worldSite().article("tehran", "2025-06-20", "countries: [il]",
                "Ali Khamenei answered. The United Nations urged calm.\n");
        site.buildOk();

        assertThat(site.page("articles/tehran/index.html").select(".chips a")).extracting(Element::ownText)
                .containsExactly("Israel", "Iran");
        assertThat(site.page("countries/ir/index.html").select(".card h3 a")).extracting(Element::text)
                .containsExactly("Story tehran");
        assertThat(site.page("countries/index.html").select(".directory a")).extracting(Element::ownText)
                .containsExactly("Iran", "Israel");
        // The UN has no home country and adds none.
        assertThat(site.exists("countries/us/index.html")).isFalse();

        SyndFeed rss = feed(site, "countries/ir/feed.xml");
        assertThat(rss.getFeedType()).isEqualTo("rss_2.0");
        assertThat(rss.getEntries()).extracting(SyndEntry::getLink)
                .containsExactly("https://example.org/articles/tehran/");
        SyndFeed atom = feed(site, "countries/ir/atom.xml");
        assertThat(atom.getFeedType()).isEqualTo("atom_1.0");
        assertThat(atom.getEntries()).extracting(SyndEntry::getUri)
                .containsExactly("https://example.org/articles/tehran/");
        assertThat(site.text("feeds.opml")).contains("xmlUrl=\"https://example.org/countries/ir/feed.xml\"")
                .contains("xmlUrl=\"https://example.org/countries/il/feed.xml\"");
    }

    @Test
    void listingsArePaginatedNewestFirstAndEveryPageLinkWorks() {
        TestSite site = worldSite().file("site.yaml", """
                title: Test Wire
                baseUrl: https://example.org/
                pageSize: 2
                """);
        for (int day = 1; day <= 5; day++) {
            site.article("day-" + day, "2025-06-0" + day, "actors: [donald-trump]", "Body.\n");
        }
        site.buildOk();

        assertThat(site.page("index.html").select(".card h3 a")).extracting(Element::text)
                .containsExactly("Story day-5", "Story day-4");
        assertThat(site.page("page/2/index.html").select(".card h3 a")).extracting(Element::text)
                .containsExactly("Story day-3", "Story day-2");
        assertThat(site.page("page/3/index.html").select(".card h3 a")).extracting(Element::text)
                .containsExactly("Story day-1");
        assertThat(site.exists("page/4/index.html")).isFalse();
        Document middle = site.page("page/2/index.html");
        assertThat(middle.select("a[rel=prev]").attr("href")).isEqualTo("../../");
        assertThat(middle.select("a[rel=next]").attr("href")).isEqualTo("../../page/3/");
        assertThat(site.page("actors/donald-trump/page/3/index.html").select(".card h3 a"))
                .extracting(Element::text).containsExactly("Story day-1");
        assertThat(LinkChecker.broken(site.output, "https://example.org/")).isEmpty();
    }

    @Test
    void aBaseUrlWithAPathKeepsEveryLinkWorkingAndFeedLinksAbsolute() throws Exception {
        TestSite site = worldSite().file("site.yaml", """
                title: Test Wire
                baseUrl: https://example.org/news
                """).article("offer", "2025-06-20", "countries: [ru]", "Vladimir Putin spoke.\n");
        site.buildOk();

        assertThat(LinkChecker.broken(site.output, "https://example.org/news/")).isEmpty();
        assertThat(site.page("404.html").select("link[rel=stylesheet]").attr("href")).isEqualTo("/news/style.css");
        assertThat(site.page("index.html").select("link[rel=canonical]").attr("href"))
                .isEqualTo("https://example.org/news/");
        assertThat(site.page("countries/ru/index.html").select("link[rel=alternate]"))
                .extracting(l -> l.attr("href"))
                .containsExactly("https://example.org/news/countries/ru/feed.xml",
                        "https://example.org/news/countries/ru/atom.xml",
                        "https://example.org/news/countries/ru/feed.json");
        assertThat(site.page("countries/ru/index.html").select(".subscribe a")).extracting(Element::text)
                .containsExactly("Russia (RSS)", "Russia (Atom)", "Russia (JSON Feed)", "Every country's feed (OPML)");
        assertThat(site.page("countries/ru/index.html").select(".subscribe a").last().attr("href"))
                .isEqualTo("https://example.org/news/feeds.opml");
        for (String feed : List.of("countries/ru/feed.xml", "countries/ru/atom.xml", "countries/ru/feed.json",
                "feeds.opml", "actors.opml")) {
            assertThat(site.exists(feed)).as(feed).isTrue();
        }
        SyndFeed rss = feed(site, "countries/ru/feed.xml");
        assertThat(rss.getLink()).isEqualTo("https://example.org/news/countries/ru/");
        assertThat(rss.getEntries().get(0).getLink()).isEqualTo("https://example.org/news/articles/offer/");
        assertThat(rss.getEntries().get(0).getContents().get(0).getValue())
                .contains("href=\"https://example.org/news/actors/vladimir-putin/\"");
        assertThat(site.text("sitemap.xml")).contains("<loc>https://example.org/news/articles/offer/</loc>");
        assertThat(site.text("robots.txt")).contains("Sitemap: https://example.org/news/sitemap.xml");
    }

    /** Each {@code loc} a sitemap file names, in order. */
    private static List<String> locs(TestSite site, String path) {
        return org.jsoup.Jsoup.parse(site.text(path), "", org.jsoup.parser.Parser.xmlParser()).select("loc").eachText();
    }

    @Test
    void pastItsLimitTheSitemapBecomesAnIndexOfFilesHoldingEveryPageOnceAndShrinksBack() {
        TestSite site = worldSite();
        for (int day = 1; day <= 12; day++) {
            site.article("day-" + day, "2025-06-" + String.format("%02d", day), "actors: [vladimir-putin]", "Day.\n");
        }
        site.buildOk();
        List<String> pages = locs(site, "sitemap.xml");
        // Twelve articles, home, the actors and their four pages, the countries and Russia's page.
        assertThat(pages).hasSize(12 + 1 + 1 + 4 + 1 + 1).doesNotHaveDuplicates();

        site.buildOk(r -> r.withSitemapLimits(new news.parley.feeds.Sitemap.Limits(5, 1 << 20)));
        List<String> files = locs(site, "sitemap.xml");
        assertThat(files).containsExactly("https://example.org/sitemap-1.xml", "https://example.org/sitemap-2.xml",
                "https://example.org/sitemap-3.xml", "https://example.org/sitemap-4.xml");
        List<String> found = new java.util.ArrayList<>();
        for (int n = 1; n <= 4; n++) {
            List<String> part = locs(site, "sitemap-" + n + ".xml");
            assertThat(part.size()).isBetween(1, 5);
            found.addAll(part);
        }
        assertThat(found).containsExactlyInAnyOrderElementsOf(pages);
        // The files hold the articles from the oldest: the first file is the first five days.
        assertThat(locs(site, "sitemap-1.xml")).containsExactly("https://example.org/articles/day-1/",
                "https://example.org/articles/day-2/", "https://example.org/articles/day-3/",
                "https://example.org/articles/day-4/", "https://example.org/articles/day-5/");
        assertThat(site.text("robots.txt")).contains("Sitemap: https://example.org/sitemap.xml");

        // Back within the limits, sitemap.xml is one file again and the numbered files are gone.
        site.buildOk();
        assertThat(locs(site, "sitemap.xml")).isEqualTo(pages);
        assertThat(site.exists("sitemap-1.xml")).isFalse();
    }

    @Test
    void draftsAndFutureArticlesArePublishedOnlyWhenAskedFor() {
        TestSite site = worldSite()
                .article("live", "2025-06-20", "", "Live.\n")
                .article("draft", "2025-06-21", "draft: true", "Draft.\n")
                .article("embargoed", "2026-03-01T09:00:00+01:00", "", "Later.\n");
        site.buildOk();
        assertThat(site.exists("articles/live/index.html")).isTrue();
        assertThat(site.exists("articles/draft/index.html")).isFalse();
        assertThat(site.exists("articles/embargoed/index.html")).isFalse();
        assertThat(site.text("feed.xml")).doesNotContain("draft").doesNotContain("embargoed");

        site.buildOk(r -> r.withDrafts(true).withFuture(true));
        assertThat(site.exists("articles/draft/index.html")).isTrue();
        assertThat(site.exists("articles/embargoed/index.html")).isTrue();

        site.buildOk(r -> r.withNow(java.time.Instant.parse("2026-03-01T08:00:00Z")));
        assertThat(site.exists("articles/embargoed/index.html")).isTrue();
        assertThat(site.exists("articles/draft/index.html")).isFalse();
    }

    @Test
    void templateOverridesReplaceAPageOrAPartialOfTheDefaultTheme() {
        TestSite site = worldSite()
                .article("offer", "2025-06-20", "", "Vladimir Putin spoke.\n")
                .file("templates/article.mustache", "{{> head}}<h1 class=\"custom\">{{title}}</h1>{{{body}}}{{> foot}}\n")
                .file("templates/foot.mustache", "</main><footer class=\"house\">{{layout.siteTitle}} house style</footer>"
                        + "</body></html>\n");
        site.buildOk();

        Document article = site.page("articles/offer/index.html");
        assertThat(article.select("h1.custom").text()).isEqualTo("Story offer");
        assertThat(article.select("a.actor").text()).isEqualTo("Vladimir Putin");
        assertThat(article.select("footer.house").text()).isEqualTo("Test Wire house style");
        // The other pages keep the default theme but take the overridden partial.
        assertThat(site.page("index.html").select(".card h3 a").text()).isEqualTo("Story offer");
        assertThat(site.page("index.html").select("footer.house")).hasSize(1);
    }

    @Test
    void relatedArticlesAreThoseSharingTheMostActorsEvenWithManyArticlesBetween() {
        TestSite site = worldSite()
                .article("a", "2024-01-01", "actors: [vladimir-putin, donald-trump]", "A.\n")
                .article("b", "2025-01-01", "actors: [vladimir-putin, donald-trump]", "B.\n");
        for (int i = 0; i < 60; i++) {
            String day = String.format("2024-%02d-%02d", 2 + i / 28, 1 + i % 28);
            site.article("p" + i, day, "actors: [vladimir-putin]", "P.\n").article("t" + i, day, "actors: [donald-trump]", "T.\n");
        }
        site.buildOk();
        assertThat(site.page("articles/a/index.html").select(".related a").first().text()).isEqualTo("Story b");
    }

    @Test
    void contentFromEditorsIsEscapedInPages() {
        TestSite site = worldSite().article("x", "2025-06-20",
                "summary: \"<script>alert(1)</script> & more\"", "Body.\n");
        site.file("articles/x.md", "---\ntitle: \"<b>Bold</b> claims\"\ndate: 2025-06-20\n"
                + "summary: \"<script>alert(1)</script> & more\"\n---\nBody.\n");
        site.buildOk();

        Document page = site.page("articles/x/index.html");
        assertThat(page.select("h1").text()).isEqualTo("<b>Bold</b> claims");
        assertThat(page.select("script:not([type=application/ld+json])")).isEmpty();
        assertThat(site.page("index.html").select(".card .summary").text()).isEqualTo("<script>alert(1)</script> & more");
    }

    @Test
    void unknownActorIsAnErrorNamingFileAndLineAndThePublishedSiteSurvives() {
        TestSite site = worldSite().article("good", "2025-06-20", "", "Fine.\n");
        site.buildOk();
        String before = site.text("articles/good/index.html");

        site.article("bad", "2025-06-21", "countries: [ru]\nactors: [vladimir-putin, nobody]", "Text.\n");
        BuildResult run = site.build();

        assertThat(run.failed()).isTrue();
        assertThat(TestSite.report(run)).contains("articles/bad.md:5:26: error: unknown actor 'nobody'")
                .doesNotContain("Exception");
        assertThat(site.text("articles/good/index.html")).isEqualTo(before);
        assertThat(site.exists("articles/bad/index.html")).isFalse();
    }

    @Test
    void theResultCountsWhatWasBuilt() throws Exception {
        TestSite site = worldSite().article("one", "2025-06-20", "", "Vladimir Putin spoke.\n");
        BuildResult result = site.buildOk();
        assertThat(result.articles()).isEqualTo(1);
        assertThat(result.articlesReused()).isZero();
        assertThat(result.filesReused()).isZero();
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(site.output)) {
            assertThat(result.files()).isEqualTo(files.filter(java.nio.file.Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().equals(".parley-build")).count());
        }
        try (java.util.stream.Stream<Path> pages = java.nio.file.Files.walk(site.output)) {
            assertThat(result.pages()).isEqualTo(pages.filter(f -> f.toString().endsWith(".html")).count());
        }
        try (java.util.stream.Stream<Path> feeds = java.nio.file.Files.walk(site.output)) {
            assertThat(result.feeds()).isEqualTo(feeds.filter(f -> f.getFileName().toString()
                    .matches("feed\\.xml|atom\\.xml|feed\\.json")).count()).isGreaterThan(3);
        }
        assertThat(result.stages().keySet()).containsExactly(Stage.values());
        assertThat(result.elapsed()).isPositive();
    }

    private static SyndFeed feed(TestSite site, String path) throws Exception {
        return new SyndFeedInput().build(new StringReader(site.text(path)));
    }
}
