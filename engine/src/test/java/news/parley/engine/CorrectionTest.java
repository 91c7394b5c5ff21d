package news.parley.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.SyndFeedInput;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

import java.io.StringReader;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Corrections as readers, feed readers and search engines see them. */
class CorrectionTest {

    @TempDir
    Path dir;

    @Test
    void correctionsShowNewestFirstAboveTheTextAndMoveTheModifiedDateEverywhere() throws Exception {
        TestSite site = new TestSite(dir).article("talks", "2025-06-20", "", "The talks went on.\n");
        site.buildOk();
        SyndEntry before = new SyndFeedInput().build(new InputSource(new StringReader(site.text("atom.xml")))).getEntries().get(0);

        site.article("talks", "2025-06-20", """
                corrections:
                  - date: 2025-06-21T09:00:00Z
                    text: An earlier version gave the wrong *city* for the talks.
                  - date: 2025-06-23
                    text: The minister's name is now spelt correctly.
                """, "The talks went on.\n");
        site.buildOk();
        Document page = site.page("articles/talks/index.html");
        Element notice = page.selectFirst("section.corrections");
        assertThat(notice.selectFirst("h2").text()).isEqualTo("Corrections");
        assertThat(notice.select("li")).extracting(Element::text).containsExactly(
                "June 23, 2025: The minister's name is now spelt correctly.",
                "June 21, 2025: An earlier version gave the wrong city for the talks.");
        assertThat(notice.selectFirst("li em").text()).isEqualTo("city");
        // Above the text, and the page says when it last changed.
        assertThat(notice.nextElementSibling().hasClass("body")).isTrue();
        assertThat(page.selectFirst(".meta time + time, .meta time:nth-of-type(2)").attr("datetime"))
                .startsWith("2025-06-23T00:00");

        JsonNode jsonLd = JsonMapper.builder().build().readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertThat(jsonLd.get("dateModified").asText()).startsWith("2025-06-23T00:00");
        assertThat(jsonLd.get("correction").get(0).get("@type").asText()).isEqualTo("CorrectionComment");
        assertThat(jsonLd.get("correction").get(0).get("text").asText()).isEqualTo("The minister's name is now spelt correctly.");
        assertThat(jsonLd.get("correction").get(1).get("datePublished").asText()).isEqualTo("2025-06-21T09:00:00Z");

        // Feed readers see the same entry, updated.
        SyndEntry after = new SyndFeedInput().build(new InputSource(new StringReader(site.text("atom.xml")))).getEntries().get(0);
        assertThat(after.getUri()).isEqualTo(before.getUri());
        assertThat(after.getUpdatedDate()).isAfter(before.getUpdatedDate());
        assertThat(after.getUpdatedDate().toInstant().toString()).isEqualTo("2025-06-23T00:00:00Z");
        assertThat(site.text("sitemap.xml")).contains("<lastmod>2025-06-23T00:00:00Z</lastmod>");
        // And why: the entry's text starts with the corrections.
        assertThat(org.jsoup.Jsoup.parse(after.getContents().get(0).getValue()).text())
                .startsWith("Corrections June 23, 2025: The minister's name is now spelt correctly. June 21, 2025:");
    }

    @Test
    void aCorrectionWithoutDateOrTextOrDatedBeforeTheArticleIsAnErrorAtItsLine() {
        TestSite site = new TestSite(dir).article("talks", "2025-06-20", """
                corrections:
                  - text: No date.
                  - date: 2025-06-21
                  - date: 2025-06-19
                    text: Before the article.
                  - date: 2025-06-22
                    text: "- a list"
                  - date: 2025-06-20
                    text: The same day, later, is fine.
                """, "Text.\n");
        String report = TestSite.report(site.check());
        assertThat(report).contains("articles/talks.md:5:").contains("missing required field 'date'");
        assertThat(report).contains("articles/talks.md:6:").contains("missing required field 'text'");
        assertThat(report).contains("articles/talks.md:7:").contains("a correction cannot be dated before the article");
        assertThat(report).contains("articles/talks.md:10:").contains("a correction's text is one paragraph of inline");
        assertThat(report).doesNotContain("articles/talks.md:12:");
        assertThat(site.build().failed()).isTrue();
    }

    @Test
    void theCorrectionsPageListsEveryCorrectionNewestFirstWithThePolicy() throws Exception {
        TestSite site = new TestSite(dir)
                .file("site.yaml", "title: Test Wire\nbaseUrl: https://example.org/news/\nlanguage: en\ntimezone: UTC\n"
                        + "pageSize: 2\ncorrectionsPolicy: /about/corrections/\n")
                .article("talks", "2025-06-20", "corrections:\n  - date: 2025-06-21\n    text: The city was *Geneva*.\n"
                        + "  - date: 2025-06-24\n    text: A name was misspelt.", "Text.\n")
                .article("truce", "2025-06-22", "corrections:\n  - date: 2025-06-23\n    text: The truce began on Monday.",
                        "Text.\n")
                .article("plain", "2025-06-23", "", "Text.\n");
        site.buildOk();
        Document first = site.page("corrections/index.html");
        assertThat(first.select(".correction h2 a")).extracting(Element::text).containsExactly("Story talks", "Story truce");
        assertThat(first.select(".correction p:not(.meta)")).extracting(Element::text)
                .containsExactly("A name was misspelt.", "The truce began on Monday.");
        assertThat(first.selectFirst(".correction h2 a").attr("href")).isEqualTo("../articles/talks/");
        assertThat(first.selectFirst("a[href=https://example.org/news/about/corrections/]")).isNotNull();
        Document second = site.page("corrections/page/2/index.html");
        assertThat(second.select(".correction p:not(.meta)")).extracting(Element::text)
                .containsExactly("The city was Geneva.");
        // Every page's footer links it; the publisher names the policy.
        assertThat(site.page("index.html").selectFirst("footer a[href=corrections/]")).isNotNull();
        JsonNode jsonLd = JsonMapper.builder().build().readTree(site.page("articles/plain/index.html")
                .selectFirst("script[type=application/ld+json]").data());
        assertThat(jsonLd.get("publisher").get("correctionsPolicy").asText())
                .isEqualTo("https://example.org/news/about/corrections/");
        // A policy that is not a web address is an error at its line.
        site.file("site.yaml", "title: Test Wire\nbaseUrl: https://example.org/news/\ncorrectionsPolicy: /javascript:alert(1)\n");
        assertThat(TestSite.report(site.build())).contains("site.yaml:3:").contains("'correctionsPolicy' must be an absolute");
    }

    @Test
    void theCorrectionsHaveFeedsWithArchivesThatReachEveryCorrectionOnce() throws Exception {
        TestSite site = new TestSite(dir)
                .file("site.yaml", "title: Test Wire\nbaseUrl: https://example.org/\nlanguage: en\ntimezone: UTC\n"
                        + "feeds:\n  items: 1\n  archiveItems: 1\n")
                .article("talks", "2025-06-20", "corrections:\n  - date: 2025-06-21T08:00:00Z\n    text: The city was *Geneva*.\n"
                        + "  - date: 2025-06-24T08:00:00Z\n    text: A name was misspelt.", "Text.\n")
                .article("truce", "2025-06-22", "corrections:\n  - date: 2025-06-23T08:00:00Z\n    text: It began on Monday.",
                        "Text.\n");
        site.buildOk();
        java.util.List<String> ids = new java.util.ArrayList<>();
        // Following the Atom chain from the current feed reaches every correction once, newest first.
        String next = "corrections/atom.xml";
        while (next != null) {
            com.rometools.rome.feed.synd.SyndFeed feed = new SyndFeedInput().build(new InputSource(new StringReader(site.text(next))));
            feed.getEntries().forEach(e -> ids.add(e.getUri()));
            next = feed.getLinks().stream().filter(l -> "prev-archive".equals(l.getRel())).map(l -> l.getHref()
                    .substring("https://example.org/".length())).findFirst().orElse(null);
        }
        long talks21 = java.time.OffsetDateTime.parse("2025-06-21T08:00:00Z").toEpochSecond();
        long talks24 = java.time.OffsetDateTime.parse("2025-06-24T08:00:00Z").toEpochSecond();
        long truce23 = java.time.OffsetDateTime.parse("2025-06-23T08:00:00Z").toEpochSecond();
        assertThat(ids).containsExactly("https://example.org/articles/talks/#correction-" + talks24,
                "https://example.org/articles/truce/#correction-" + truce23,
                "https://example.org/articles/talks/#correction-" + talks21);
        // Each id is an anchor on the article's page; the entry says what was corrected.
        assertThat(site.page("articles/talks/index.html").getElementById("correction-" + talks21)).isNotNull();
        SyndEntry newest = new SyndFeedInput().build(new InputSource(new StringReader(site.text("corrections/atom.xml"))))
                .getEntries().get(0);
        assertThat(newest.getTitle()).isEqualTo("Correction: Story talks");
        assertThat(newest.getLink()).startsWith("https://example.org/articles/talks/");
        JsonNode json = JsonMapper.builder().build().readTree(site.text("corrections/feed.json"));
        assertThat(json.get("items").get(0).get("id").asText()).isEqualTo(ids.get(0));
        assertThat(site.page("corrections/index.html").select("link[rel=alternate]")).extracting(e -> e.attr("href"))
                .contains("https://example.org/corrections/feed.xml", "https://example.org/corrections/atom.xml");
    }
}
