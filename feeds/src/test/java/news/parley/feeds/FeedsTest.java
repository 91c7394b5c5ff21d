package news.parley.feeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.rometools.opml.feed.opml.Opml;
import com.rometools.opml.feed.opml.Outline;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FeedsTest {
    /** RFC 822 as RSS 2.0 wants it, with a four-digit year. */
    private static final String RFC_822 = "(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT";

    @TempDir
    Path dir;

    private FeedFixture world() {
        FeedFixture site = new FeedFixture(dir)
                .actor("putin", "Vladimir Putin", "ru")
                .actor("trump", "Donald Trump", "us")
                .actor("un", "United Nations", null);
        for (int day = 1; day <= 5; day++) {
            site.article("day-" + day, "title: Day " + day + "\ndate: 2025-06-0" + day + "T12:00:00+02:00\n"
                    + "author: Desk " + day + "\ncountries: [ir]\n", "Vladimir Putin and Donald Trump, day " + day + ".\n");
        }
        return site;
    }

    @Test
    void everyFeedReadsBackWithTheNewestItemsFirstAndAbsoluteLinks() throws Exception {
        Map<String, byte[]> files = world().build();
        // The current feeds (each scope's archive documents are checked by FeedArchiveTest).
        List<String> feeds = files.keySet().stream().filter(p -> p.endsWith(".xml") && !p.matches("(.*/)?archive/.*"))
                .toList();
        assertThat(feeds).contains("feed.xml", "atom.xml", "countries/ir/feed.xml", "countries/ru/atom.xml",
                "actors/putin/feed.xml", "actors/un/atom.xml");
        for (String path : feeds) {
            SyndFeed feed = new SyndFeedInput().build(new StringReader(text(files, path)));
            // The world has no corrections: their feeds are empty (CorrectionTest fills them).
            if (path.startsWith("actors/un/") || path.startsWith("corrections/")) {
                assertThat(feed.getEntries()).as(path).isEmpty();
                continue;
            }
            assertThat(feed.getEntries()).as(path).extracting(SyndEntry::getLink).containsExactly(
                    "https://example.org/news/articles/day-5/", "https://example.org/news/articles/day-4/",
                    "https://example.org/news/articles/day-3/");
            SyndEntry newest = feed.getEntries().get(0);
            assertThat(newest.getPublishedDate().toInstant()).as(path).isEqualTo(Instant.parse("2025-06-05T10:00:00Z"));
            assertThat(newest.getAuthor()).as(path).isEqualTo("Desk 5");
            assertThat(newest.getCategories()).as(path).extracting(SyndCategory::getName)
                    .containsExactly("Iran", "Russia", "United States", "Vladimir Putin", "Donald Trump");
            assertThat(newest.getContents().get(0).getValue()).as(path)
                    .contains("href=\"https://example.org/news/actors/putin/\"");
        }
    }

    @Test
    void everyAtomFeedIsValidAgainstTheRelaxNgSchemaOfRfc4287() throws Exception {
        Map<String, byte[]> files = world().build();
        Map<String, byte[]> hostile = hostile(dir.resolve("hostile")).build();
        int validated = 0;
        for (Map<String, byte[]> site : List.of(files, hostile)) {
            for (Map.Entry<String, byte[]> file : site.entrySet()) {
                if (file.getKey().endsWith("atom.xml")) {
                    List<String> errors = new ArrayList<>();
                    validate(file.getValue(), errors);
                    assertThat(errors).as(file.getKey()).isEmpty();
                    validated++;
                }
            }
        }
        // The site, three countries and three actors, and the archive document of each of the six with more
        // than three articles; the hostile site, its archive and its one actor; each site's corrections.
        assertThat(validated).isEqualTo(18);
    }

    @Test
    void theSchemaCheckRejectsAnInvalidAtomFeed() throws Exception {
        List<String> errors = new ArrayList<>();
        validate("""
                <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><updated>yesterday</updated></feed>
                """.getBytes(StandardCharsets.UTF_8), errors);
        assertThat(errors).isNotEmpty();
    }

    @Test
    void rssCarriesWhatTheSpecificationAndValidatorsAskFor() throws Exception {
        Map<String, byte[]> files = world().build();
        Document rss = dom(files.get("countries/ir/feed.xml"));
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new Namespaces());
        assertThat(xpath.evaluate("/rss/@version", rss)).isEqualTo("2.0");
        assertThat(xpath.evaluate("/rss/channel/title", rss)).isEqualTo("Wire: Iran");
        assertThat(xpath.evaluate("/rss/channel/link", rss)).isEqualTo("https://example.org/news/countries/ir/");
        assertThat(xpath.evaluate("/rss/channel/description", rss)).isEqualTo("News about Iran from Wire.");
        assertThat(xpath.evaluate("/rss/channel/language", rss)).isEqualTo("en");
        assertThat(xpath.evaluate("/rss/channel/lastBuildDate", rss)).isEqualTo("Thu, 05 Jun 2025 10:00:00 GMT");
        assertThat(xpath.evaluate("/rss/channel/atom:link[@rel='self']/@href", rss))
                .isEqualTo("https://example.org/news/countries/ir/feed.xml");
        assertThat(xpath.evaluate("/rss/channel/atom:link[@rel='self']/@type", rss)).isEqualTo("application/rss+xml");
        assertThat(((Number) xpath.evaluate("count(//dc:date | //dc:language | /rss/channel/managingEditor)", rss,
                XPathConstants.NUMBER)).intValue()).as("repeated or invalid elements").isZero();

        assertThat(((Number) xpath.evaluate("count(/rss/channel/item)", rss, XPathConstants.NUMBER)).intValue()).isEqualTo(3);
        String item = "/rss/channel/item[1]/";
        assertThat(xpath.evaluate(item + "title", rss)).isEqualTo("Day 5");
        assertThat(xpath.evaluate(item + "link", rss)).isEqualTo("https://example.org/news/articles/day-5/");
        assertThat(xpath.evaluate(item + "guid", rss)).isEqualTo("https://example.org/news/articles/day-5/");
        // RSS 2.0: a guid is a permalink unless it says isPermaLink="false".
        assertThat(xpath.evaluate(item + "guid/@isPermaLink", rss)).isIn("", "true");
        assertThat(xpath.evaluate(item + "pubDate", rss)).matches(RFC_822).isEqualTo("Thu, 05 Jun 2025 10:00:00 GMT");
        assertThat(xpath.evaluate(item + "description", rss)).isEqualTo("Vladimir Putin and Donald Trump, day 5.");
        assertThat(xpath.evaluate(item + "content:encoded", rss)).isEqualTo("<p><a href=\"https://example.org/news/actors/putin/\">"
                + "Vladimir Putin</a> and <a href=\"https://example.org/news/actors/trump/\">Donald Trump</a>, day 5.</p>");
        assertThat(xpath.evaluate(item + "dc:creator", rss)).isEqualTo("Desk 5");
        assertThat(((Number) xpath.evaluate("count(" + item + "category)", rss, XPathConstants.NUMBER)).intValue())
                .isEqualTo(5);
        for (String date : List.of("/rss/channel/lastBuildDate", item + "pubDate")) {
            ZonedDateTime.parse(xpath.evaluate(date, rss), DateTimeFormatter.RFC_1123_DATE_TIME);
        }
    }

    @Test
    void atomCarriesIdentityDatesLinksAndAuthor() throws Exception {
        Document atom = dom(world().build().get("actors/putin/atom.xml"));
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new Namespaces());
        assertThat(xpath.evaluate("/a:feed/a:id", atom)).isEqualTo("https://example.org/news/actors/putin/atom.xml");
        assertThat(xpath.evaluate("/a:feed/a:updated", atom)).isEqualTo("2025-06-05T10:00:00Z");
        assertThat(xpath.evaluate("/a:feed/a:link[@rel='self']/@href", atom))
                .isEqualTo("https://example.org/news/actors/putin/atom.xml");
        assertThat(xpath.evaluate("/a:feed/a:link[@rel='alternate']/@href", atom))
                .isEqualTo("https://example.org/news/actors/putin/");
        assertThat(xpath.evaluate("/a:feed/a:author/a:name", atom)).isEqualTo("Wire");
        String entry = "/a:feed/a:entry[1]/";
        assertThat(xpath.evaluate(entry + "a:id", atom)).isEqualTo("https://example.org/news/articles/day-5/");
        assertThat(xpath.evaluate(entry + "a:published", atom)).isEqualTo("2025-06-05T10:00:00Z");
        assertThat(xpath.evaluate(entry + "a:updated", atom)).isEqualTo("2025-06-05T10:00:00Z");
        assertThat(xpath.evaluate(entry + "a:link[@rel='alternate']/@href", atom))
                .isEqualTo("https://example.org/news/articles/day-5/");
        assertThat(xpath.evaluate(entry + "a:summary", atom)).isEqualTo("Vladimir Putin and Donald Trump, day 5.");
        assertThat(xpath.evaluate(entry + "a:content/@type", atom)).isEqualTo("html");
        assertThat(xpath.evaluate(entry + "a:category[4]/@term", atom)).isEqualTo("Vladimir Putin");
    }

    @Test
    void jsonFeedSitsBesideEachRssFeedAndAgreesWithIt() throws Exception {
        Map<String, byte[]> files = world().build();
        for (String rss : files.keySet().stream().filter(p -> p.endsWith("feed.xml")).toList()) {
            String json = rss.replace("feed.xml", "feed.json");
            assertThat(files).as(json).containsKey(json);
            JsonNode feed = JsonMapper.builder().build().readTree(files.get(json));
            assertThat(feed.path("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
            assertThat(feed.path("feed_url").asText()).isEqualTo("https://example.org/news/" + json);
            SyndFeed parsed = new SyndFeedInput().build(new StringReader(text(files, rss)));
            List<String> ids = new ArrayList<>();
            feed.path("items").forEach(item -> ids.add(item.path("id").asText()));
            assertThat(ids).as(json).isEqualTo(parsed.getEntries().stream().map(SyndEntry::getUri).toList());
        }
        JsonNode site = JsonMapper.builder().build().readTree(files.get("feed.json"));
        JsonNode first = site.path("items").get(0);
        assertThat(first.path("title").asText()).isEqualTo("Day 5");
        assertThat(first.path("date_published").asText()).isEqualTo("2025-06-05T10:00:00Z");
        assertThat(first.path("content_html").asText()).contains("https://example.org/news/actors/trump/");
        assertThat(first.path("authors").get(0).path("name").asText()).isEqualTo("Desk 5");
    }

    @Test
    void opmlListsEveryCountryFeedAndEveryActorFeed() throws Exception {
        Map<String, byte[]> files = world().build();
        Opml countries = (Opml) new WireFeedInput().build(new StringReader(text(files, "feeds.opml")));
        assertThat(countries.getFeedType()).isEqualTo("opml_2.0");
        assertThat(countries.getOutlines()).extracting(Outline::getText).containsExactly("Iran", "Russia", "United States");
        Outline iran = countries.getOutlines().get(0);
        assertThat(iran.getType()).isEqualTo("rss");
        assertThat(iran.getXmlUrl()).isEqualTo("https://example.org/news/countries/ir/feed.xml");
        assertThat(iran.getHtmlUrl()).isEqualTo("https://example.org/news/countries/ir/");
        Opml actors = (Opml) new WireFeedInput().build(new StringReader(text(files, "actors.opml")));
        assertThat(actors.getOutlines()).extracting(Outline::getXmlUrl).containsExactly(
                "https://example.org/news/actors/trump/feed.xml", "https://example.org/news/actors/un/feed.xml",
                "https://example.org/news/actors/putin/feed.xml");
    }

    @Test
    void hostileTextStaysWellFormedAndEscapedInEveryFormat() throws Exception {
        Map<String, byte[]> files = hostile(dir).build();
        String title = "<script>alert(1)</script> ]]> & \"quotes\" 🕊️ שלום عليكم";
        for (String path : List.of("feed.xml", "atom.xml")) {
            dom(files.get(path)); // well-formed, or this throws
            SyndFeed feed = new SyndFeedInput().build(new StringReader(text(files, path)));
            SyndEntry entry = feed.getEntries().get(0);
            assertThat(entry.getTitle()).as(path).isEqualTo(title);
            assertThat(entry.getContents().get(0).getValue()).as(path)
                    .contains("A ]]&gt; B").doesNotContain("<script").doesNotContain("\u0001");
            assertThat(text(files, path)).as(path).doesNotContain("<script").doesNotContain("\u0001").doesNotContain("\r");
        }
        JsonNode json = JsonMapper.builder().build().readTree(files.get("feed.json"));
        assertThat(json.path("items").get(0).path("title").asText()).isEqualTo(title);
        // Readers take an RSS description as HTML: the summary's markup must stay text there.
        XPath xpath = XPathFactory.newInstance().newXPath();
        assertThat(xpath.evaluate("/rss/channel/item[1]/description", dom(files.get("feed.xml"))))
                .isEqualTo("Control  bell, &lt;b&gt;bold&lt;/b&gt; ]]&gt;");
    }

    @Test
    void relativeLinksAndImagesInsideItemsBecomeAbsolute() throws Exception {
        FeedFixture site = new FeedFixture(dir).article("links", "title: Links\ndate: 2025-06-01",
                "See [the other story](../other/) and ![a map](map.png) and [top](/about/).\n");
        String html = new SyndFeedInput().build(new StringReader(text(site.build(), "feed.xml")))
                .getEntries().get(0).getContents().get(0).getValue();
        assertThat(html).contains("href=\"https://example.org/news/articles/other/\"")
                .contains("src=\"https://example.org/news/articles/links/map.png\"")
                .contains("href=\"https://example.org/about/\"");
    }

    @Test
    void anEditKeepsTheItemsIdentityAndNoEditChangesNoByte() throws Exception {
        FeedFixture site = world();
        Map<String, byte[]> first = site.build();
        Map<String, byte[]> again = site.build();
        assertThat(again.keySet()).isEqualTo(first.keySet());
        first.forEach((path, bytes) -> assertThat(again.get(path)).as(path).isEqualTo(bytes));

        site.article("day-5", "title: Day 5, corrected\ndate: 2025-06-05T12:00:00+02:00\nupdated: 2025-06-06T09:00:00Z\n"
                + "countries: [ir]\n", "A new body.\n");
        Map<String, byte[]> edited = site.build();
        for (String path : List.of("feed.xml", "atom.xml")) {
            SyndEntry before = new SyndFeedInput().build(new StringReader(text(first, path))).getEntries().get(0);
            SyndEntry after = new SyndFeedInput().build(new StringReader(text(edited, path))).getEntries().get(0);
            assertThat(after.getTitle()).isEqualTo("Day 5, corrected");
            assertThat(after.getUri()).as(path).isEqualTo(before.getUri());
        }
        Document atom = dom(edited.get("atom.xml"));
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new Namespaces());
        assertThat(xpath.evaluate("/a:feed/a:entry[1]/a:updated", atom)).isEqualTo("2025-06-06T09:00:00Z");
        assertThat(xpath.evaluate("/a:feed/a:updated", atom)).isEqualTo("2025-06-06T09:00:00Z");
    }

    /** Text that breaks naive XML and HTML, in the current feeds and, through an older article, in an archive. */
    private static FeedFixture hostile(Path root) {
        return new FeedFixture(root, "title: Wire\nbaseUrl: https://example.org/news/\nlanguage: en\nfeeds:\n  items: 1\n")
                .file("articles/older.md", "---\ntitle: \"Older ]]> & <b>\\u0085\\u0001 \\uD800 story\"\ndate: 2025-05-01\n"
                        + "author: \"<Desk> & ]]>\"\nsummary: \"An ]]> & <i>older</i> \\u0007 one\"\n---\nText.\n")
                .file("actors/dove.md", "---\nname: \"Dove \\u0001Bearer\"\n---\nBio.\n")
                .file("articles/bad.md", "---\ntitle: \"<script>alert(1)</script> ]]> & \\\"quotes\\\" \\u0001🕊️ שלום عليكم\"\n"
                        + "date: 2025-06-01\nsummary: \"Control \\u0007 bell, <b>bold</b> ]]>\"\n---\n"
                        + "A ]]> B <script>alert(2)</script> \u0001 and the Dove Bearer.\n\n<div onclick=\"x()\">raw</div>\n");
    }

    /** Validates against RFC 4287's RELAX NG schema with jing, collecting every error. */
    private static void validate(byte[] xml, List<String> errors) throws Exception {
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, collect);
        ValidationDriver driver = new ValidationDriver(properties.toPropertyMap(), CompactSchemaReader.getInstance());
        assertThat(driver.loadSchema(new InputSource(FeedsTest.class.getResource("/schema/atom.rnc").toString())))
                .as("the RFC 4287 schema loads").isTrue();
        if (!driver.validate(new InputSource(new ByteArrayInputStream(xml))) && errors.isEmpty()) {
            errors.add("invalid");
        }
    }

    private static Document dom(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static String text(Map<String, byte[]> files, String path) {
        return new String(files.get(path), StandardCharsets.UTF_8);
    }

    /** The prefixes feed tests read with XPath. */
    static final class Namespaces implements javax.xml.namespace.NamespaceContext {
        @Override
        public String getNamespaceURI(String prefix) {
            return switch (prefix) {
                case "a", "atom" -> "http://www.w3.org/2005/Atom";
                case "dc" -> "http://purl.org/dc/elements/1.1/";
                case "content" -> "http://purl.org/rss/1.0/modules/content/";
                case "fh" -> "http://purl.org/syndication/history/1.0";
                default -> null;
            };
        }

        @Override
        public String getPrefix(String uri) {
            return null;
        }

        @Override
        public java.util.Iterator<String> getPrefixes(String uri) {
            return null;
        }
    }

    @Test
    void itemHtmlKeepsWhatReadersUseAndNothingOfTheTheme() throws Exception {
        Map<String, byte[]> files = new FeedFixture(dir).actor("putin", "Vladimir Putin", "ru")
                .article("rich", "title: Rich\ndate: 2025-06-01\n", """
                        Vladimir Putin *spoke*, **twice**, ~~thrice~~: [source](../other/ "Other").

                        ## The talks

                        > A quote.

                        - one
                        - two

                        | a | b |
                        |:--|--:|
                        | 1 | 2 |

                        ![A map of the region](map.png "The region")

                            code <b>
                        """).build();
        String html = new SyndFeedInput().build(new StringReader(text(files, "atom.xml"))).getEntries().get(0)
                .getContents().get(0).getValue();
        org.jsoup.nodes.Document body = org.jsoup.Jsoup.parseBodyFragment(html);
        assertThat(body.select("[class], [data-actor], [style], [align], [id]")).as(html).isEmpty();
        assertThat(body.select("a").eachAttr("href")).containsExactly("https://example.org/news/actors/putin/",
                "https://example.org/news/articles/other/");
        assertThat(body.select("em, strong, del, h2, blockquote, ul > li, table th, table td, pre > code")).hasSize(12);
        assertThat(body.selectFirst("img").attributes().asList()).extracting(org.jsoup.nodes.Attribute::getKey)
                .containsExactlyInAnyOrder("src", "alt", "title");
        assertThat(body.selectFirst("img").attr("src")).isEqualTo("https://example.org/news/articles/rich/map.png");
        assertThat(body.selectFirst("img").attr("alt")).isEqualTo("A map of the region");
    }

    @Test
    void everyAtomEntryHasAnAuthorTheArticlesOrTheSitesAndHubsAreNamedInEveryFormat() throws Exception {
        Map<String, byte[]> files = new FeedFixture(dir, "title: Wire\nbaseUrl: https://example.org/\nauthor: The Wire desk\n"
                + "feeds:\n  hubs: [https://hub.example/, https://pubsubhubbub.appspot.com/]\n")
                .article("signed", "title: Signed\ndate: 2025-06-02\nauthor: Jane Roe\n", "Text.\n")
                .article("unsigned", "title: Unsigned\ndate: 2025-06-01\n", "Text.\n").build();
        Document atom = dom(files.get("atom.xml"));
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new Namespaces());
        assertThat(xpath.evaluate("/atom:feed/atom:author/atom:name", atom)).isEqualTo("The Wire desk");
        assertThat(xpath.evaluate("/atom:feed/atom:entry[1]/atom:author/atom:name", atom)).isEqualTo("Jane Roe");
        assertThat(((Number) xpath.evaluate("count(/atom:feed/atom:entry[2]/atom:author)", atom, XPathConstants.NUMBER))
                .intValue()).as("an entry without author takes the feed's, and carries no empty one").isZero();
        assertThat(((Number) xpath.evaluate("count(//atom:name[normalize-space() = ''])", atom, XPathConstants.NUMBER))
                .intValue()).isZero();

        List<String> hubs = List.of("https://hub.example/", "https://pubsubhubbub.appspot.com/");
        assertThat(nodes(xpath, "/atom:feed/atom:link[@rel='hub']/@href", atom)).isEqualTo(hubs);
        Document rss = dom(files.get("feed.xml"));
        assertThat(nodes(xpath, "/rss/channel/atom:link[@rel='hub']/@href", rss)).isEqualTo(hubs);
        assertThat(xpath.evaluate("/rss/channel/atom:link[@rel='self']/@href", rss)).isEqualTo("https://example.org/feed.xml");
        JsonNode json = JsonMapper.builder().build().readTree(files.get("feed.json"));
        assertThat(json.get("hubs").findValuesAsText("url")).isEqualTo(hubs);
        assertThat(json.get("hubs").findValuesAsText("type")).containsOnly("WebSub");
        assertThat(json.get("authors").get(0).get("name").asText()).isEqualTo("The Wire desk");
    }

    @Test
    void withoutHubsOrAuthorTheSiteTitleSpeaksAndNoHubIsNamed() throws Exception {
        Map<String, byte[]> files = world().build();
        assertThat(text(files, "atom.xml")).doesNotContain("rel=\"hub\"").contains("<name>Wire</name>");
        assertThat(text(files, "feed.xml")).doesNotContain("rel=\"hub\"");
        assertThat(JsonMapper.builder().build().readTree(files.get("feed.json")).has("hubs")).isFalse();
    }

    private static List<String> nodes(XPath xpath, String expression, Document document) throws Exception {
        org.w3c.dom.NodeList nodes = (org.w3c.dom.NodeList) xpath.evaluate(expression, document, XPathConstants.NODESET);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent());
        }
        return values;
    }

    @Test
    void anArticleWithoutSummaryHasNoBlankAtomSummaryAndCharactersReadersRejectAreGone() throws Exception {
        Map<String, byte[]> files = new FeedFixture(dir)
                .article("list", "title: \"A list\u0085 \uFFFD\"\ndate: 2025-06-01\n", "- only\n- a list\n").build();
        Document atom = dom(files.get("atom.xml"));
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new Namespaces());
        assertThat(((Number) xpath.evaluate("count(//atom:entry/atom:summary)", atom, XPathConstants.NUMBER)).intValue())
                .isZero();
        assertThat(xpath.evaluate("//atom:entry/atom:title", atom)).startsWith("A list").doesNotContain("\u0085", "\uFFFD");
        Document rss = dom(files.get("feed.xml"));
        // content:encoded must follow a description in RSS: it stays, empty.
        assertThat(((Number) xpath.evaluate("count(//item/description)", rss, XPathConstants.NUMBER)).intValue()).isOne();
    }

    /** Each entry's {@code id} with its {@code updated} and {@code published}, in the order of the feed. */
    private static Map<String, List<String>> atomDates(byte[] atom) throws Exception {
        Document document = dom(atom);
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new Namespaces());
        Map<String, List<String>> dates = new java.util.LinkedHashMap<>();
        org.w3c.dom.NodeList entries = (org.w3c.dom.NodeList) xpath.evaluate("//atom:entry", document, XPathConstants.NODESET);
        for (int i = 0; i < entries.getLength(); i++) {
            org.w3c.dom.Node entry = entries.item(i);
            dates.put(xpath.evaluate("atom:id", entry), List.of(xpath.evaluate("atom:updated", entry),
                    xpath.evaluate("atom:published", entry)));
        }
        return dates;
    }

    @Test
    void articlesOfOneDayGetDistinctUpdatedTimesInTheSitesOrderThatAgreeEverywhere() throws Exception {
        FeedFixture site = new FeedFixture(dir, "title: Wire\nbaseUrl: https://example.org/\nfeeds:\n  items: 3\n"
                + "  archiveItems: 2\n").actor("putin", "Vladimir Putin", "ru");
        for (String slug : List.of("charlie", "alpha", "bravo")) {
            site.article(slug, "title: " + slug + "\ndate: 2025-06-01\nactors: [putin]\n", "Text.\n");
        }
        site.article("delta", "title: delta\ndate: 2025-06-01T00:00:01Z\nactors: [putin]\n", "Text.\n");
        site.article("echo", "title: echo\ndate: 2025-05-01\nupdated: 2025-06-01T00:00:00Z\nactors: [putin]\n", "Text.\n");
        Map<String, byte[]> files = site.build();
        // Every entry of every Atom document (current feeds and archives), by id.
        Map<String, List<String>> dates = new java.util.HashMap<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (file.getKey().endsWith("atom.xml")) {
                Map<String, List<String>> feed = atomDates(file.getValue());
                assertThat(feed.values().stream().map(d -> d.get(0)).distinct().count()).as(file.getKey())
                        .isEqualTo(feed.size());
                feed.forEach((id, date) -> assertThat(dates.merge(id, date, (a, b) -> {
                    assertThat(b).as(file.getKey() + " " + id).isEqualTo(a);
                    return a;
                })).isNotNull());
            }
        }
        assertThat(files).containsKey("actors/putin/archive/1/atom.xml");
        String home = "https://example.org/articles/";
        // Of the articles changed at midnight, the last by slug keeps it; the others take the next free
        // seconds, past delta's own, so that the site's order (alpha, bravo, charlie) is also the order of
        // their updates. When each was published does not move.
        assertThat(dates.get(home + "echo/")).containsExactly("2025-06-01T00:00:00Z", "2025-05-01T00:00:00Z");
        assertThat(dates.get(home + "delta/")).containsExactly("2025-06-01T00:00:01Z", "2025-06-01T00:00:01Z");
        assertThat(dates.get(home + "charlie/")).containsExactly("2025-06-01T00:00:02Z", "2025-06-01T00:00:00Z");
        assertThat(dates.get(home + "bravo/")).containsExactly("2025-06-01T00:00:03Z", "2025-06-01T00:00:00Z");
        assertThat(dates.get(home + "alpha/")).containsExactly("2025-06-01T00:00:04Z", "2025-06-01T00:00:00Z");
        assertThat(atomDates(files.get("atom.xml")).keySet()).containsExactly(home + "delta/", home + "alpha/",
                home + "bravo/");
        // The JSON Feed says the same.
        JsonNode json = JsonMapper.builder().build().readTree(files.get("feed.json"));
        for (JsonNode item : json.get("items")) {
            assertThat(item.get("date_modified").asText()).isEqualTo(dates.get(item.get("id").asText()).get(0));
        }
        // A new article of the same day that the site lists first takes the next free second and moves none.
        site.article("aardvark", "title: aardvark\ndate: 2025-06-01\n", "Text.\n");
        Map<String, List<String>> after = atomDates(site.build().get("archive/1/atom.xml"));
        after.putAll(atomDates(site.build().get("atom.xml")));
        assertThat(after.get(home + "aardvark/").get(0)).isEqualTo("2025-06-01T00:00:05Z");
        after.forEach((id, date) -> {
            if (dates.containsKey(id)) {
                assertThat(date).as(id).isEqualTo(dates.get(id));
            }
        });
    }

    @Test
    void aSiteWithoutArticlesDatesItsFeedsOnTheDayOfTheBuild() throws Exception {
        Map<String, byte[]> files = new FeedFixture(dir).build();
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new Namespaces());
        assertThat(xpath.evaluate("/atom:feed/atom:updated", dom(files.get("atom.xml")))).isEqualTo("2025-07-02T00:00:00Z");
        Document rss = dom(files.get("feed.xml"));
        assertThat(xpath.evaluate("/rss/channel/lastBuildDate", rss)).isEqualTo("Wed, 02 Jul 2025 00:00:00 GMT");
        assertThat(xpath.evaluate("/rss/channel/pubDate", rss)).isEqualTo("Wed, 02 Jul 2025 00:00:00 GMT");
    }

    @Test
    void aFeedOfLongArticlesStaysWithinWhatValidatorsReadAndLosesNoArticle() throws Exception {
        FeedFixture site = new FeedFixture(dir, "title: Wire\nbaseUrl: https://example.org/\nfeeds:\n  items: 20\n"
                + "  archiveItems: 4\n");
        // Each body is some 150 KB of text and markup: twenty of them would make feeds of over 3 MB.
        String paragraph = "Talks in Geneva & Vienna went on, 3 < 4, with **bold** claims and [a source](https://example.com/?a=1&b=2). ";
        String body = (paragraph.repeat(12) + "\n\n").repeat(100);
        for (int day = 1; day <= 24; day++) {
            site.article("day-" + day, "title: Day " + day + "\ndate: 2025-06-" + String.format("%02d", day)
                    + "\nsummary: Day " + day + " in brief.\n", body);
        }
        Map<String, byte[]> files = site.build();
        for (String feed : List.of("feed.xml", "atom.xml", "feed.json")) {
            assertThat(files.get(feed).length).as(feed).isLessThan(2_000_000);
        }
        SyndFeed rss = new SyndFeedInput().build(new InputSource(new ByteArrayInputStream(files.get("feed.xml"))));
        SyndFeed atom = new SyndFeedInput().build(new InputSource(new ByteArrayInputStream(files.get("atom.xml"))));
        for (SyndFeed feed : List.of(rss, atom)) {
            // Still the newest twenty, newest first; as many as fit with their text, the rest with their summary.
            assertThat(feed.getEntries()).hasSize(20);
            assertThat(feed.getEntries().get(0).getTitle()).isEqualTo("Day 24");
            List<Boolean> withText = feed.getEntries().stream().map(e -> !e.getContents().isEmpty()).toList();
            int fitted = withText.indexOf(false);
            assertThat(fitted).as(feed.getFeedType()).isBetween(8, 12);
            assertThat(withText.subList(fitted, 20)).containsOnly(false);
            assertThat(feed.getEntries().get(fitted).getDescription().getValue()).contains("Day " + (24 - fitted) + " in brief.");
            assertThat(feed.getEntries().get(0).getContents().get(0).getValue()).startsWith("<p>Talks in Geneva &amp; Vienna went on, 3 &lt; 4, with");
        }
        JsonNode items = JsonMapper.builder().build().readTree(files.get("feed.json")).get("items");
        assertThat(items).hasSize(20);
        assertThat(items.get(0).has("content_html")).isTrue();
        assertThat(items.get(19).has("content_html")).isFalse();
        assertThat(items.get(19).get("content_text").asText()).isEqualTo("Day 5 in brief.");
        // Trimmed items carry no categories either, as archive items do.
        assertThat(items.get(19).has("tags")).isFalse();
        // The four older ones are in the one archive, as before.
        assertThat(files).containsKey("archive/1/atom.xml").doesNotContainKey("archive/2/atom.xml");
        assertThat(atomDates(files.get("archive/1/atom.xml")).keySet()).containsExactly(
                "https://example.org/articles/day-4/", "https://example.org/articles/day-3/",
                "https://example.org/articles/day-2/", "https://example.org/articles/day-1/");
    }

    @Test
    void itemsWithLongSummariesManyCategoriesAndTextJsonEscapesStillFit() throws Exception {
        FeedFixture site = new FeedFixture(dir, "title: Wire\nbaseUrl: https://example.org/\nfeeds:\n  items: 200\n");
        StringBuilder actors = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            site.actor("actor-" + i, "Actor Number " + i, null);
            actors.append(i == 1 ? "" : ", ").append("actor-").append(i);
        }
        // Line breaks and emoji, which JSON escapes to several times their size, in long code blocks.
        String code = "```\n" + "line\twith 🕊 and 🇺🇳 flags\n".repeat(2000) + "```\n";
        String summary = "A long summary that says a great deal. ".repeat(30);
        for (int day = 1; day <= 200; day++) {
            site.article("item-" + day, "title: Item " + day + "\ndate: 2025-01-01T00:00:00Z\nupdated: 2025-06-01T"
                    + String.format("%02d:%02d", day / 60, day % 60) + ":00Z\nsummary: \"" + summary + "\"\nactors: ["
                    + actors + "]\n", code);
        }
        Map<String, byte[]> files = site.build();
        for (String feed : List.of("feed.xml", "atom.xml", "feed.json")) {
            assertThat(files.get(feed).length).as(feed).isLessThan(2_000_000);
        }
        JsonNode items = JsonMapper.builder().build().readTree(files.get("feed.json")).get("items");
        assertThat(items).hasSize(200);
        assertThat(items.get(0).has("content_html")).isTrue();
        assertThat(items.get(199).has("content_html")).isFalse();
    }

    @Test
    void anItemsPhotoIsMediaContentInRssAnEnclosureInAtomAndAnImageInJsonAndAtomStillValidates() throws Exception {
        FeedFixture site = new FeedFixture(dir).article("summit", "title: Summit\ndate: 2025-06-02\nimage:\n  src: hall.jpg\n"
                + "  alt: The hall\n  caption: Delegates & guests.\n  credit: Jane <Roe>\n", "Text.\n");
        String src = site.index().articles().get(0).article().image().pictureKey();
        news.parley.core.model.Picture.Rendition wide = new news.parley.core.model.Picture.Rendition(
                "images/abc/hall-960.jpg", 960, 540, "image/jpeg", 123456);
        news.parley.core.model.Picture picture = new news.parley.core.model.Picture(1600, 900, List.of(wide), wide, wide,
                List.of(wide, wide, wide));
        Map<String, byte[]> files = site.build(Map.of(src, picture));
        List<String> errors = new ArrayList<>();
        validate(files.get("atom.xml"), errors);
        assertThat(errors).isEmpty();
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new Namespaces());
        Document atom = dom(files.get("atom.xml"));
        assertThat(xpath.evaluate("//atom:entry/atom:link[@rel='enclosure']/@href", atom))
                .isEqualTo("https://example.org/news/images/abc/hall-960.jpg");
        assertThat(xpath.evaluate("//atom:entry/atom:link[@rel='enclosure']/@length", atom)).isEqualTo("123456");
        assertThat(xpath.evaluate("//atom:entry/atom:link[@rel='enclosure']/@type", atom)).isEqualTo("image/jpeg");
        String rss = text(files, "feed.xml");
        assertThat(rss).contains("xmlns:media=\"http://search.yahoo.com/mrss/\"");
        Document feed = dom(files.get("feed.xml"));
        org.w3c.dom.Element content = (org.w3c.dom.Element) feed.getElementsByTagNameNS("http://search.yahoo.com/mrss/",
                "content").item(0);
        assertThat(content.getAttribute("url")).isEqualTo("https://example.org/news/images/abc/hall-960.jpg");
        assertThat(content.getAttribute("width")).isEqualTo("960");
        assertThat(content.getAttribute("fileSize")).isEqualTo("123456");
        assertThat(content.getAttribute("medium")).isEqualTo("image");
        assertThat(feed.getElementsByTagNameNS("http://search.yahoo.com/mrss/", "description").item(0).getTextContent())
                .isEqualTo("Delegates & guests.");
        assertThat(feed.getElementsByTagNameNS("http://search.yahoo.com/mrss/", "credit").item(0).getTextContent())
                .isEqualTo("Jane <Roe>");
        JsonNode json = JsonMapper.builder().build().readTree(files.get("feed.json"));
        assertThat(json.get("items").get(0).get("image").asText()).isEqualTo("https://example.org/news/images/abc/hall-960.jpg");
    }

    @Test
    void correctionFeedsAndTheirArchivesAreValidAtom() throws Exception {
        Map<String, byte[]> files = new FeedFixture(dir, "title: Wire\nbaseUrl: https://example.org/\nfeeds:\n  items: 1\n"
                + "  archiveItems: 1\n")
                .article("talks", "title: Talks & <more>\ndate: 2025-06-20\ncorrections:\n  - date: 2025-06-21\n"
                        + "    text: The city was Geneva & not <Vienna>.\n  - date: 2025-06-22\n    text: A name.\n", "Text.\n")
                .build();
        List<String> atom = files.keySet().stream().filter(p -> p.startsWith("corrections/") && p.endsWith("atom.xml")).toList();
        assertThat(atom).containsExactlyInAnyOrder("corrections/atom.xml", "corrections/archive/1/atom.xml");
        for (String path : atom) {
            List<String> errors = new ArrayList<>();
            validate(files.get(path), errors);
            assertThat(errors).as(path).isEmpty();
        }
        assertThat(text(files, "corrections/atom.xml")).contains("<title>Correction: Talks &amp; &lt;more&gt;</title>");
    }

    @Test
    void correctionsOfOneDayHaveDistinctUpdatedTimesInTheCorrectionsFeed() throws Exception {
        FeedFixture site = new FeedFixture(dir, "title: Wire\nbaseUrl: https://example.org/\n");
        for (String slug : List.of("alpha", "bravo", "charlie")) {
            site.article(slug, "title: " + slug + "\ndate: 2025-06-20\ncorrections:\n  - date: 2025-06-21\n"
                    + "    text: Fixed.\n", "Text.\n");
        }
        Map<String, List<String>> dates = atomDates(site.build().get("corrections/atom.xml"));
        assertThat(dates.values().stream().map(d -> d.get(0)).distinct().count()).isEqualTo(3);
        // In the order the feed lists them, newest first.
        assertThat(dates.values().stream().map(d -> d.get(0)).toList()).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }
}
