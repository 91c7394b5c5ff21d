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
 * @param languages every language the site publishes in, the default one first (one for most sites)
 * @param messages  the interface's words in {@code language}
 */
public record SiteConfig(String title, URI baseUrl, String language, ZoneId timezone, String description,
                         String author, int feedItems, int archiveItems, int pageSize, boolean rawHtml,
                         List<String> hubs, List<String> gone, String correctionsPolicy,
                         List<Language> languages, Messages messages) {

    public SiteConfig {
        hubs = List.copyOf(hubs);
        gone = List.copyOf(gone);
        languages = List.copyOf(languages);
    }

    /** The site in one of its languages: its pages live under {@code <code>/} unless it is the default. */
    public SiteConfig edition(Language edition, Messages words) {
        URI base = rootUrl();
        boolean isDefault = edition.code().equals(languages.get(0).code());
        return new SiteConfig(edition.title(), isDefault ? base : base.resolve(edition.code() + "/"), edition.code(),
                timezone, edition.description(), isDefault ? author : (author.equals(title) ? edition.title() : author),
                feedItems, archiveItems, pageSize, rawHtml, hubs, gone, correctionsPolicy, languages, words);
    }

    /** Whether this is the site in its default language, whose pages are at the root. */
    public boolean isDefaultEdition() {
        return language.equals(languages.get(0).code());
    }

    /** The root of the whole site, which the default language's pages share. */
    public URI rootUrl() {
        return isDefaultEdition() ? baseUrl : baseUrl.resolve("../");
    }

    public boolean multilingual() {
        return languages.size() > 1;
    }

    public static final int DEFAULT_FEED_ITEMS = 20;
    public static final int DEFAULT_ARCHIVE_ITEMS = 100;
    public static final int DEFAULT_PAGE_SIZE = 10;

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }
}
