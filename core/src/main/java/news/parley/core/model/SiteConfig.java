package news.parley.core.model;

import java.net.URI;
import java.time.ZoneId;
import java.util.Locale;

/**
 * The site as {@code site.yaml} describes it.
 *
 * @param baseUrl    absolute, always ending in a slash; may carry a path
 * @param timezone   the zone of date-only front matter dates
 * @param feedItems  how many of the newest articles each feed carries
 * @param pageSize   how many articles one listing page shows
 * @param rawHtml    whether raw HTML inside Markdown is passed through (off, as in Hugo)
 */
public record SiteConfig(String title, URI baseUrl, String language, ZoneId timezone, String description,
                         int feedItems, int pageSize, boolean rawHtml) {

    public static final int DEFAULT_FEED_ITEMS = 20;
    public static final int DEFAULT_PAGE_SIZE = 10;

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }
}
