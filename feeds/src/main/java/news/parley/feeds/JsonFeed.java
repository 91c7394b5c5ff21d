package news.parley.feeds;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.util.RawValue;

import java.time.Instant;
import java.util.List;

/** JSON Feed 1.1 (jsonfeed.org), written with Jackson from typed records. */
final class JsonFeed {
    static final String VERSION = "https://jsonfeed.org/version/1.1";

    private static final ObjectWriter WRITER = JsonMapper.builder().build()
            .writer(new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));
    /** Archives, read by programs and about ten times the current feeds' bytes, go without indentation. */
    private static final ObjectWriter COMPACT = JsonMapper.builder().build().writer();

    private JsonFeed() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Feed(String version, String title, @JsonProperty("home_page_url") String homePageUrl,
                @JsonProperty("feed_url") String feedUrl, @JsonProperty("next_url") String nextUrl, String description,
                String language, List<Author> authors, List<Hub> hubs, List<?> items) {
    }

    /** A WebSub hub, as JSON Feed 1.1 names it. */
    record Hub(String type, String url) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Author(String name, String url) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Item(String id, String url, String title, @JsonProperty("content_html") String contentHtml,
                @JsonProperty("content_text") String contentText, String summary, @JsonProperty("date_published") String datePublished,
                @JsonProperty("date_modified") String dateModified, List<Author> authors, List<String> tags,
                String image) {
    }

    static byte[] write(FeedMeta meta, List<FeedItem> items) {
        return document(meta, items.stream().map(JsonFeed::item).toList());
    }

    private static byte[] document(FeedMeta meta, List<?> items) {
        // JSON Feed pages to older items with next_url: the next older archive document.
        Feed feed = new Feed(VERSION, meta.title(), meta.page(), meta.self(), meta.history().prev(), meta.description(),
                meta.language(), List.of(new Author(meta.author(), meta.home())),
                meta.hubs().isEmpty() ? null : meta.hubs().stream().map(hub -> new Hub("WebSub", hub)).toList(), items);
        try {
            byte[] json = (meta.history().archive() ? COMPACT : WRITER).writeValueAsBytes(feed);
            byte[] line = java.util.Arrays.copyOf(json, json.length + 1);
            line[json.length] = '\n';
            return line;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the JSON feed " + meta.self(), e);
        }
    }

    /** An item as archives list it, written once: compact, without the article's text. */
    static String compactItem(FeedItem item) {
        try {
            return COMPACT.writeValueAsString(item(item));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the JSON item " + item.url(), e);
        }
    }

    /** An archive document around items made by {@link #compactItem}. */
    static byte[] writeArchive(FeedMeta meta, List<String> items) {
        return document(meta, items.stream().map(RawValue::new).toList());
    }

    private static Item item(FeedItem item) {
        // An item must carry content_html or content_text: an archive's, without the article's text, carries its
        // summary as its text (once, not again as summary), and no empty list of tags.
        boolean text = item.html() != null;
        return new Item(item.url(), item.url(), item.title(), item.html(), text ? null : item.summary(),
                text ? item.summary() : null, rfc3339(item.published()),
                rfc3339(item.modified()), item.author() == null ? null : List.of(new Author(item.author(), null)),
                item.categories().isEmpty() ? null : item.categories().stream().map(FeedItem.Category::term).toList(),
                item.image() == null ? null : item.image().url());
    }

    private static String rfc3339(Instant instant) {
        return instant.toString();
    }
}
