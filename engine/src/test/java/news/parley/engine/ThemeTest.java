package news.parley.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** What readers, sharers and search engines get from the default theme. */
class ThemeTest {

    @TempDir
    Path dir;

    private TestSite site() {
        return new TestSite(dir)
                .actor("benjamin-netanyahu", "Benjamin Netanyahu", "il", "Netanyahu")
                .actor("donald-trump", "Donald Trump", "us", "Trump")
                .file("actors/iaea.md", "---\nname: International Atomic Energy Agency\naliases: [IAEA]\nrole: UN nuclear watchdog\n---\nBio.\n")
                .article("strikes", "2025-12-31T10:00:00+02:00", "actors: [benjamin-netanyahu]\nauthor: Desk\nupdated: 2025-12-31T18:00:00+02:00\ntags: [war]",
                        "Benjamin Netanyahu spoke; Donald Trump and the IAEA answered.\n")
                .article("earlier", "2025-11-02", "actors: [benjamin-netanyahu, donald-trump]", "Netanyahu and Trump met.\n")
                .article("farsi", "2025-12-30", "lang: fa\ncountries: [ir]", "متن فارسی.\n");
    }

    @Test
    void articlePagesCarryNewsArticleJsonLdOpenGraphAndTwitterCards() throws Exception {
        TestSite site = site();
        site.buildOk();
        Document page = site.page("articles/strikes/index.html");
        JsonNode json = new ObjectMapper().readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertThat(json.path("@type").asText()).isEqualTo("NewsArticle");
        assertThat(json.path("headline").asText()).isEqualTo("Story strikes");
        assertThat(json.path("datePublished").asText()).isEqualTo("2025-12-31T10:00:00+02:00");
        assertThat(json.path("dateModified").asText()).isEqualTo("2025-12-31T18:00:00+02:00");
        assertThat(json.path("author").path("name").asText()).isEqualTo("Desk");
        assertThat(json.path("publisher").path("name").asText()).isEqualTo("Test Wire");
        assertThat(json.path("about").get(0).path("@type").asText()).isEqualTo("Person");
        assertThat(json.path("about").get(0).path("name").asText()).isEqualTo("Benjamin Netanyahu");
        assertThat(json.path("mentions")).extracting(n -> n.path("@type").asText() + " " + n.path("name").asText())
                .containsExactly("Person Donald Trump", "Organization International Atomic Energy Agency");
        assertThat(page.select("meta[property=og:type]").attr("content")).isEqualTo("article");
        assertThat(page.select("meta[property=og:url]").attr("content")).isEqualTo("https://example.org/articles/strikes/");
        assertThat(page.select("meta[property=article:published_time]").attr("content")).isEqualTo("2025-12-31T10:00:00+02:00");
        assertThat(page.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("https://example.org/articles/strikes/");
    }

    @Test
    void theNewsSitemapListsTheArticlesOfTheLastTwoDaysBeforeTheBuildTime() {
        TestSite site = site();
        site.buildOk(r -> r.withNow(java.time.Instant.parse("2025-12-31T23:00:00Z")));
        String news = site.text("news-sitemap.xml");
        assertThat(news).contains("<loc>https://example.org/articles/strikes/</loc>")
                .contains("<news:publication_date>2025-12-31T10:00:00+02:00</news:publication_date>")
                .contains("<news:name>Test Wire</news:name>")
                .contains("<loc>https://example.org/articles/farsi/</loc>")
                .contains("<news:language>fa</news:language>")
                .doesNotContain("articles/earlier/");
        assertThat(site.text("robots.txt")).contains("Sitemap: https://example.org/news-sitemap.xml");
    }

    @Test
    void rightToLeftArticlesAreMarkedSoAndCountriesShowTheirFlags() {
        TestSite site = site();
        site.buildOk();
        Document farsi = site.page("articles/farsi/index.html");
        assertThat(farsi.selectFirst("html").attr("lang")).isEqualTo("fa");
        assertThat(farsi.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(site.page("articles/strikes/index.html").selectFirst("html").attr("dir")).isEqualTo("ltr");
        assertThat(site.page("countries/ir/index.html").select("h1").text()).isEqualTo("🇮🇷 Iran");
        assertThat(site.page("countries/index.html").select(".directory a").eachText()).contains("🇮🇱 Israel");
    }

    @Test
    void actorPagesDrawTheirNetworkAndTimelineAsStaticSvg() {
        TestSite site = site();
        site.buildOk();
        Document actor = site.page("actors/benjamin-netanyahu/index.html");
        Element network = actor.selectFirst("svg.network");
        assertThat(network).isNotNull();
        assertThat(network.select("a text").eachText()).containsExactly("Donald Trump", "International Atomic Energy Agency");
        assertThat(network.select("a text").last().select("tspan").eachText())
                .containsExactly("International Atomic", "Energy Agency");
        // Trump shares two articles with Netanyahu, the IAEA one: the thicker line is Trump's.
        assertThat(network.select("line").eachAttr("stroke-width")).containsExactly("8.0", "4.5");
        assertThat(network.select("a").first().attr("href")).isEqualTo("../../actors/donald-trump/");
        Element timeline = actor.selectFirst("svg.timeline");
        assertThat(timeline.select("rect title").eachText()).contains("Nov 2025: 1 article", "Dec 2025: 1 article");
        assertThat(actor.select("script:not([type=application/ld+json])")).isEmpty();
    }
}
