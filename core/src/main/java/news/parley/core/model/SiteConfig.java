package news.parley.core.model;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The site as {@code site.yaml} describes it.
 *
 * @param baseUrl    absolute, always ending in a slash; may carry a path
 * @param timezone   the zone of date-only front matter dates
 * @param author     who writes the site, named in feeds for articles that name nobody (default: the title)
 * @param feedItems  how many of the newest articles each feed carries
 * @param archiveItems how many older articles each archive document of a feed carries (RFC 5005)
 * @param pageSize   how many articles one listing page shows
 * @param rawHtml    whether raw HTML inside Markdown is passed through (off, as in Hugo)
 * @param hubs       the WebSub hubs every feed names, absolute http(s) URLs
 * @param gone       paths of the site (from its root, without the leading slash) that it no longer
 *                   publishes on purpose: a build does not warn that they disappeared
 * @param correctionsPolicy the absolute URL of the newsroom's corrections policy, or null
 */
public record SiteConfig(String title, URI baseUrl, String language, ZoneId timezone, String description,
                         String author, int feedItems, int archiveItems, int pageSize, boolean rawHtml,
                         List<String> hubs, List<String> gone, String correctionsPolicy) {

    public SiteConfig {
        hubs = List.copyOf(hubs);
        gone = List.copyOf(gone);
    }

    public static final int DEFAULT_FEED_ITEMS = 20;
    public static final int DEFAULT_ARCHIVE_ITEMS = 100;
    public static final int DEFAULT_PAGE_SIZE = 10;

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }
}
