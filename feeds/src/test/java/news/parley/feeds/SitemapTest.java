package news.parley.feeds;

import news.parley.core.index.SiteIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Sitemaps as a search engine reads them: within the protocol's limits at any size, every page once. */
class SitemapTest {
    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    @TempDir
    Path dir;

    /** Twelve articles by two actors in two countries: 1 + 12 + 1 + 2 + 1 + 2 = 19 pages. */
    private SiteIndex site() {
        return fixture().index();
    }

    private FeedFixture fixture() {
        FeedFixture site = new FeedFixture(dir).actor("putin", "Vladimir Putin", "ru").actor("trump", "Donald Trump", "us");
        for (int day = 1; day <= 12; day++) {
            site.article("day-" + day, "title: Day " + day + "\ndate: 2025-06-" + String.format("%02d", day)
                    + (day == 3 ? "\nupdated: 2025-07-01T10:00:00Z" : "") + "\nactors: [" + (day % 2 == 0 ? "putin" : "trump")
                    + "]\n", "Day " + day + ".\n");
        }
        return site;
    }

    private static Document dom(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    private static Map<String, byte[]> write(List<Sitemap.File> files) {
        Map<String, byte[]> written = new LinkedHashMap<>();
        files.forEach(file -> written.put(file.path(), file.bytes().get()));
        return written;
    }

    /** Each {@code loc} of a sitemap with its {@code lastmod}, in order. */
    private static Map<String, String> entries(Document document, String element) {
        Map<String, String> entries = new LinkedHashMap<>();
        NodeList nodes = document.getElementsByTagNameNS(NS, element);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element entry = (Element) nodes.item(i);
            NodeList lastmod = entry.getElementsByTagNameNS(NS, "lastmod");
            entries.put(entry.getElementsByTagNameNS(NS, "loc").item(0).getTextContent(),
                    lastmod.getLength() == 0 ? null : lastmod.item(0).getTextContent());
        }
        return entries;
    }

    @Test
    void belowTheLimitsTheSitemapIsOneFileWithEveryPageAndItsLastChange() throws Exception {
        Map<String, byte[]> files = write(Sitemap.files(site(), Sitemap.Limits.PROTOCOL));
        assertThat(files).containsOnlyKeys("sitemap.xml");
        Document sitemap = dom(files.get("sitemap.xml"));
        assertThat(sitemap.getDocumentElement().getLocalName()).isEqualTo("urlset");
        Map<String, String> pages = entries(sitemap, "url");
        assertThat(pages).hasSize(19).containsKeys("https://example.org/news/", "https://example.org/news/articles/day-1/",
                "https://example.org/news/actors/putin/", "https://example.org/news/countries/us/");
        // lastmod is the article's update, else its date; a listing's is the newest change it lists.
        assertThat(pages.get("https://example.org/news/articles/day-3/")).isEqualTo("2025-07-01T10:00:00Z");
        assertThat(pages.get("https://example.org/news/articles/day-4/")).isEqualTo("2025-06-04T00:00:00Z");
        assertThat(pages.get("https://example.org/news/")).isEqualTo("2025-07-01T10:00:00Z");
        assertThat(pages.get("https://example.org/news/actors/putin/")).isEqualTo("2025-06-12T00:00:00Z");
    }

    @Test
    void pastTheUrlLimitAnIndexNamesNumberedSitemapsThatHoldEveryPageOnce() throws Exception {
        Map<String, String> whole = entries(dom(write(Sitemap.files(site(), Sitemap.Limits.PROTOCOL)).get("sitemap.xml")), "url");
        Map<String, byte[]> files = write(Sitemap.files(site(), new Sitemap.Limits(5, Sitemap.Limits.PROTOCOL.bytes())));
        assertThat(files.keySet()).containsExactly("sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml",
                "sitemap-4.xml");
        Document index = dom(files.get("sitemap.xml"));
        assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        Map<String, String> named = entries(index, "sitemap");
        assertThat(named.keySet()).containsExactly("https://example.org/news/sitemap-1.xml",
                "https://example.org/news/sitemap-2.xml", "https://example.org/news/sitemap-3.xml",
                "https://example.org/news/sitemap-4.xml");
        Map<String, String> found = new LinkedHashMap<>();
        List<String> newest = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            Map<String, String> pages = entries(dom(files.get("sitemap-" + i + ".xml")), "url");
            assertThat(pages.size()).isBetween(1, 5);
            pages.forEach((loc, lastmod) -> assertThat(found.put(loc, lastmod)).as(loc).isNull());
            newest.add(pages.values().stream().filter(java.util.Objects::nonNull).max(String::compareTo).orElse(null));
        }
        assertThat(found).isEqualTo(whole);
        // Each sitemap's lastmod in the index is the newest change it holds.
        assertThat(new ArrayList<>(named.values())).isEqualTo(newest);
    }

    @Test
    void pastTheSizeLimitFilesAreCutBeforeTheyGrowTooLarge() throws Exception {
        Map<String, byte[]> files = write(Sitemap.files(site(), new Sitemap.Limits(50_000, 1200)));
        assertThat(files.size()).isGreaterThan(3);
        Map<String, String> found = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (!file.getKey().equals("sitemap.xml")) {
                assertThat(file.getValue().length).as(file.getKey()).isLessThanOrEqualTo(1200);
                found.putAll(entries(dom(file.getValue()), "url"));
            }
        }
        assertThat(found).hasSize(19);
    }

    /** The paths of the files whose key differs between two sitemaps of the same files. */
    private static List<String> changed(List<Sitemap.File> before, List<Sitemap.File> after) {
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).fingerprint().equals(after.get(i).fingerprint())) {
                changed.add(after.get(i).path());
            }
        }
        return changed;
    }

    @Test
    void anEditChangesTheKeyOfOnlyTheSitemapThatShowsIt() {
        FeedFixture site = fixture();
        Sitemap.Limits five = new Sitemap.Limits(5, Sitemap.Limits.PROTOCOL.bytes());
        List<Sitemap.File> before = Sitemap.files(site.index(), five);
        site.article("day-12", "title: Day 12\ndate: 2025-06-12\nupdated: 2025-06-13\nactors: [putin]\n",
                "Day 12, updated.\n");
        // Files hold the articles from the oldest: day 12 and its actor's page (Putin) are in the third, its
        // country's (Russia) in the fourth. No file's newest change moved (each has day 3's update or a newer
        // one), so the index stays as it was.
        assertThat(changed(before, Sitemap.files(site.index(), five))).containsExactlyInAnyOrder("sitemap-3.xml",
                "sitemap-4.xml");
    }

    @Test
    void aNewArticleLeavesTheFilesOfOlderArticlesAsTheyWere() throws Exception {
        FeedFixture site = fixture();
        Sitemap.Limits five = new Sitemap.Limits(5, Sitemap.Limits.PROTOCOL.bytes());
        List<Sitemap.File> before = Sitemap.files(site.index(), five);
        site.article("day-13", "title: Day 13\ndate: 2025-06-13\nactors: [trump]\n", "Day 13.\n");
        List<Sitemap.File> after = Sitemap.files(site.index(), five);
        assertThat(after).extracting(Sitemap.File::path).isEqualTo(before.stream().map(Sitemap.File::path).toList());
        assertThat(changed(before, after)).doesNotContain("sitemap-1.xml", "sitemap-2.xml").contains("sitemap-3.xml");
        assertThat(entries(dom(after.get(1).bytes().get()), "url").keySet())
                .startsWith("https://example.org/news/articles/day-1/");
    }

    @Test
    void theNewsSitemapListsAtMostItsLimitNewestFirst() throws Exception {
        SiteIndex index = site();
        Document news = dom(NewsSitemap.of(index, Instant.parse("2025-06-12T12:00:00Z"), 1));
        assertThat(entries(news, "url").keySet()).containsExactly("https://example.org/news/articles/day-12/");
        Document two = dom(NewsSitemap.of(index, Instant.parse("2025-06-12T12:00:00Z"), 5));
        assertThat(entries(two, "url").keySet()).containsExactly("https://example.org/news/articles/day-12/",
                "https://example.org/news/articles/day-11/");
    }
}
