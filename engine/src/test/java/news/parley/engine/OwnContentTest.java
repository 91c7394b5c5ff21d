package news.parley.engine;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The site's own content, built whole, as its readers and subscribers will get it. */
class OwnContentTest {
    private static final Path CONTENT = Path.of("..", "content");
    private static final String STORY = "articles/putin-offers-to-mediate-between-iran-and-israel/index.html";

    @TempDir
    static Path out;
    static BuildResult result;

    @BeforeAll
    static void build() {
        result = Site.build(BuildRequest.of(CONTENT, out.resolve("site"), java.time.Instant.parse("2026-01-01T00:00:00Z")));
        assertThat(result.failed()).as(TestSite.report(result)).isFalse();
    }

    @Test
    void buildsWithoutWarnings() {
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void theSeedStoryLinksEveryActorItNamesAndBelongsToTheirCountries() throws Exception {
        Document story = Jsoup.parse(out.resolve("site").resolve(STORY).toFile());
        assertThat(story.select(".body a.actor")).extracting(Element::text)
                .contains("Vladimir Putin", "Mohammed bin Zayed Al Nahyan", "Benjamin Netanyahu", "Donald Trump");
        assertThat(story.select(".chips a")).extracting(Element::ownText)
                .contains("Russia", "Iran", "Israel", "United States", "United Arab Emirates", "Ukraine");
        assertThat(story.select(".source").text()).contains("ANI");
    }

    @Test
    void everyLinkOfEveryPageLeadsSomewhere() {
        assertThat(LinkChecker.broken(out.resolve("site"), "https://parley.example.org/")).isEmpty();
    }

    @Test
    void everyCountryOfTheStoryHasFeedsThatReadersParse() throws Exception {
        // The story is in English at the root and in Russian under ru/.
        for (String language : List.of("", "ru/")) {
            for (String code : List.of("ru", "ir", "il", "us", "ae", "ua")) {
                for (String file : List.of("feed.xml", "atom.xml")) {
                    SyndFeed feed = new SyndFeedInput().build(new StringReader(
                            Files.readString(out.resolve("site/" + language + "countries/" + code + "/" + file))));
                    assertThat(feed.getEntries()).extracting(SyndEntry::getLink).containsExactly("https://parley.example.org/"
                            + language + "articles/putin-offers-to-mediate-between-iran-and-israel/");
                }
            }
        }
        try (Stream<Path> feeds = Files.walk(out.resolve("site"))) {
            // In each language: the site, six countries, six actors and the corrections.
            assertThat(feeds.filter(f -> f.getFileName().toString().matches("feed\\.xml|atom\\.xml"))).hasSize(2 * 2 * (1 + 6 + 6 + 1));
        }
    }
}
