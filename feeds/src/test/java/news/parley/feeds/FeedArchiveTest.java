package news.parley.feeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * RFC 5005 archived feeds as a feed reader that wants a scope's whole history reads them: from the
 * current feed, follow {@code prev-archive} (JSON Feed: {@code next_url}) to the oldest archive.
 */
class FeedArchiveTest {
    private static final String BASE = "https://example.org/news/";
    private static final int ARTICLES = 25;

    @TempDir
    Path dir;

    /**
     * 25 articles, 3 per current feed and 4 per archive document. Every article is about Iran; the even
     * days feature Putin (so Russia), the odd days Trump (so the United States).
     */
    private FeedFixture site(int articles) {
        FeedFixture site = new FeedFixture(dir, "title: Wire\nbaseUrl: " + BASE + "\nfeeds:\n  items: 3\n  archiveItems: 4\n")
                .actor("putin", "Vladimir Putin", "ru").actor("trump", "Donald Trump", "us");
        for (int day = 1; day <= articles; day++) {
            site.article("day-" + day, "title: Day " + day + "\ndate: " + java.time.LocalDate.of(2025, 1, 1).plusDays(day)
                    + "T12:00:00Z\ncountries: [ir]\nactors: [" + (day % 2 == 0 ? "putin" : "trump") + "]\n", "Day " + day + ".\n");
        }
        return site;
    }

    /** Each scope's articles, newest first, as their URLs. */
    private static Map<String, List<String>> scopes() {
        Map<String, List<String>> scopes = new LinkedHashMap<>();
        scopes.put("", days(day -> true));
        scopes.put("countries/ir/", days(day -> true));
        scopes.put("countries/ru/", days(day -> day % 2 == 0));
        scopes.put("countries/us/", days(day -> day % 2 == 1));
        scopes.put("actors/putin/", days(day -> day % 2 == 0));
        scopes.put("actors/trump/", days(day -> day % 2 == 1));
        return scopes;
    }

    private static List<String> days(java.util.function.IntPredicate which) {
        return IntStream.iterate(ARTICLES, day -> day >= 1, day -> day - 1).filter(which)
                .mapToObj(day -> BASE + "articles/day-" + day + "/").toList();
    }

    /** A document's items, its links by rel and whether it says it is an archive. */
    private record Page(List<String> items, Map<String, String> links, boolean archive) {
    }

    private static Page read(byte[] bytes, String file) throws Exception {
        if (file.endsWith(".json")) {
            JsonNode json = JsonMapper.builder().build().readTree(bytes);
            Map<String, String> links = new LinkedHashMap<>();
            links.put("self", json.path("feed_url").asText());
            if (json.has("next_url")) {
                links.put("prev-archive", json.get("next_url").asText());
            }
            return new Page(json.get("items").findValuesAsText("url"), links, false);
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new FeedsTest.Namespaces());
        boolean rss = file.endsWith("feed.xml");
        List<String> items = texts(xpath, rss ? "/rss/channel/item/link" : "/a:feed/a:entry/a:link[@rel='alternate']/@href",
                document);
        Map<String, String> links = new LinkedHashMap<>();
        NodeList nodes = (NodeList) xpath.evaluate(rss ? "/rss/channel/a:link" : "/a:feed/a:link", document,
                XPathConstants.NODESET);
        for (int i = 0; i < nodes.getLength(); i++) {
            org.w3c.dom.Element link = (org.w3c.dom.Element) nodes.item(i);
            assertThat(links.put(link.getAttribute("rel"), link.getAttribute("href"))).as(file).isNull();
        }
        boolean archive = ((Number) xpath.evaluate(rss ? "count(/rss/channel/fh:archive)" : "count(/a:feed/fh:archive)",
                document, XPathConstants.NUMBER)).intValue() == 1;
        // Validators read a feed's own links and marks only before its first item.
        String before = rss ? "count(/rss/channel/item[1]/preceding-sibling::*[self::a:link or self::fh:archive])"
                : "count(/a:feed/a:entry[1]/preceding-sibling::*[self::a:link or self::fh:archive])";
        if (!items.isEmpty()) {
            assertThat(((Number) xpath.evaluate(before, document, XPathConstants.NUMBER)).intValue()).as(file)
                    .isEqualTo(nodes.getLength() + (archive ? 1 : 0));
        }
        // What a feed reader's parser makes of it: the same items, in order.
        com.rometools.rome.feed.synd.SyndFeed parsed = new com.rometools.rome.io.SyndFeedInput()
                .build(new java.io.StringReader(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(parsed.getEntries()).as(file).extracting(com.rometools.rome.feed.synd.SyndEntry::getLink)
                .containsExactlyElementsOf(items);
        return new Page(items, links, archive);
    }

    private static List<String> texts(XPath xpath, String expression, Document document) throws Exception {
        NodeList nodes = (NodeList) xpath.evaluate(expression, document, XPathConstants.NODESET);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    @Test
    void followingTheArchivesFromEveryCurrentFeedReachesEveryArticleOfItsScopeOnce() throws Exception {
        Map<String, byte[]> files = site(ARTICLES).build();
        int documents = 0;
        for (Map.Entry<String, List<String>> scope : scopes().entrySet()) {
            for (String file : List.of("feed.xml", "atom.xml", "feed.json")) {
                String current = BASE + scope.getKey() + file;
                List<String> found = new ArrayList<>();
                String url = current;
                String newer = null;
                for (int hops = 0; url != null; hops++) {
                    assertThat(hops).as(current).isLessThan(100);
                    byte[] bytes = files.get(url.substring(BASE.length()));
                    assertThat(bytes).as(url).isNotNull();
                    Page page = read(bytes, file);
                    documents++;
                    found.addAll(page.items());
                    assertThat(page.links().get("self")).as(url).isEqualTo(url);
                    if (file.endsWith(".json") && !url.equals(current)) {
                        assertThat(page.items()).as(url).hasSizeBetween(1, 4);
                    }
                    if (!url.equals(current) && !file.endsWith(".json")) {
                        // An archive: marked, with its own link, the current feed's and its newer neighbour's.
                        assertThat(page.archive()).as(url).isTrue();
                        assertThat(page.links()).as(url).containsEntry("self", url).containsEntry("current", current);
                        assertThat(page.links().get("next-archive")).as(url).isEqualTo(newer);
                        assertThat(page.items()).as(url).hasSizeBetween(1, 4);
                    } else if (!file.endsWith(".json")) {
                        assertThat(page.archive()).as(url).isFalse();
                        assertThat(page.links()).as(url).doesNotContainKeys("current", "next-archive");
                        assertThat(page.items()).as(url).hasSize(3);
                    }
                    newer = url.equals(current) ? null : url;
                    url = page.links().get("prev-archive");
                }
                assertThat(found).as(current).isEqualTo(scope.getValue());
            }
        }
        // The site and Iran: 1 + 22/4 rounded up = 7 documents; Russia and Putin 1 + 3; the United States and
        // Trump 1 + 3; in three formats.
        assertThat(documents).isEqualTo(3 * (7 + 7 + 4 + 4 + 4 + 4));
    }

    @Test
    void archivesAreNumberedFromTheOldestSoANewArticleChangesNoFullOne() {
        Map<String, byte[]> before = site(ARTICLES).build();
        assertThat(before).containsKeys("archive/1/feed.xml", "archive/6/atom.xml", "countries/ru/archive/3/feed.json")
                .doesNotContainKeys("archive/7/feed.xml", "countries/ru/archive/4/feed.xml");
        Map<String, byte[]> after = site(ARTICLES + 1).build();
        for (String path : before.keySet()) {
            if (path.matches("(.*/)?archive/\\d+/.*")) {
                int n = Integer.parseInt(path.replaceAll(".*archive/(\\d+)/.*", "$1"));
                // The site's and Iran's archives 1-5 are full (4 each), their 6th holds 2; every other scope's
                // archives 1-2 are full and its 3rd is not.
                boolean full = path.startsWith("archive/") || path.startsWith("countries/ir/") ? n <= 5 : n <= 2;
                if (full) {
                    assertThat(Arrays.equals(before.get(path), after.get(path))).as(path).isTrue();
                }
            }
        }
        // The oldest current article of the site moved into the newest archive, which changed.
        assertThat(Arrays.equals(before.get("archive/6/feed.xml"), after.get("archive/6/feed.xml"))).isFalse();
    }
}
