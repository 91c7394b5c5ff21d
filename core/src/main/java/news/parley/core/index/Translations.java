package news.parley.core.index;

import news.parley.core.model.Language;
import news.parley.core.site.Urls;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which pages of a site in several languages are one page in each: an article and its translations (by
 * their {@code translationKey}), and every other page by its path, where that language's site has it (an
 * actor's page, a country's, a listing's page 3). Pages name these to readers and search engines
 * ({@code hreflang}), each from every other, so that the links always go both ways.
 */
public final class Translations {

    /** A page in one language: the language's code, its own name for itself, and the page's absolute URL. */
    public record Alternate(String language, String name, String url) {
    }

    /** A site in one language: none of its pages has another. */
    public static final Translations NONE = new Translations(List.of());

    private static final Pattern PAGED = Pattern.compile("(.*?)(?:page/(\\d+)/)?");

    private final List<SiteIndex> editions;
    /** By translation key, the slug of the article in each language. */
    private final Map<String, Map<String, String>> articles = new HashMap<>();
    /** By language, how many corrections its articles carry, which is how many its corrections pages list. */
    private final Map<String, Integer> corrections = new HashMap<>();
    /** The ids of the actors, who have a page in every language. */
    private final java.util.Set<String> actors = new java.util.HashSet<>();

    /** @param editions the site in each of its languages, the default first */
    public Translations(List<SiteIndex> editions) {
        this.editions = List.copyOf(editions);
        for (SiteIndex edition : this.editions) {
            for (IndexedArticle article : edition.articles()) {
                articles.computeIfAbsent(article.article().translationKey(), k -> new LinkedHashMap<>())
                        .put(edition.site().language(), article.slug());
                corrections.merge(edition.site().language(), article.article().corrections().size(), Integer::sum);
            }
            edition.actors().forEach(a -> actors.add(a.id()));
        }
    }

    /**
     * The page at {@code path} (from its language's root) of {@code edition} in every language that has it,
     * itself included, in the site's order of languages; empty for a site in one language.
     */
    public List<Alternate> of(SiteIndex edition, String path) {
        if (editions.size() < 2) {
            return List.of();
        }
        List<Alternate> alternates = new ArrayList<>();
        if (path.startsWith("articles/")) {
            // articles/<slug>/ only: an old path ("articles/") may name the folder itself.
            String own = path.length() > "articles/".length() && path.indexOf('/', "articles/".length()) == path.length() - 1
                    ? path.substring("articles/".length(), path.length() - 1) : null;
            IndexedArticle article = own == null ? null : edition.article(own);
            Map<String, String> slugs = article == null ? Map.of() : articles.get(article.article().translationKey());
            for (SiteIndex other : editions) {
                String slug = slugs.get(other.site().language());
                if (slug != null) {
                    alternates.add(alternate(other, Urls.article(slug)));
                }
            }
            return alternates;
        }
        for (SiteIndex other : editions) {
            if (has(other, path)) {
                alternates.add(alternate(other, path));
            }
        }
        return alternates;
    }

    /**
     * The same, and where the page has translations, {@code x-default} (its page in the default language),
     * as a sitemap names them.
     */
    public List<Alternate> withDefault(SiteIndex edition, String path) {
        List<Alternate> alternates = of(edition, path);
        String first = alternates.size() > 1 ? defaultOf(alternates) : null;
        if (first == null) {
            return alternates;
        }
        List<Alternate> all = new ArrayList<>(alternates);
        all.add(new Alternate("x-default", "", first));
        return all;
    }

    /** The page of the default language among {@code alternates}, which {@code x-default} names; or null. */
    public String defaultOf(List<Alternate> alternates) {
        String first = editions.isEmpty() ? null : editions.get(0).site().language();
        return alternates.stream().filter(a -> a.language().equals(first)).map(Alternate::url).findFirst().orElse(null);
    }

    private static Alternate alternate(SiteIndex edition, String path) {
        Language language = edition.site().languages().stream()
                .filter(l -> l.code().equals(edition.site().language())).findFirst().orElseThrow();
        return new Alternate(language.code(), language.nativeName(), new Urls(edition.site().baseUrl()).absolute(path));
    }

    /** Whether the site in this language has a page at {@code path}: a listing has as many pages as it needs. */
    private boolean has(SiteIndex edition, String path) {
        Matcher paged = PAGED.matcher(path);
        if (!paged.matches()) {
            return false;
        }
        String listing = paged.group(1);
        int page = paged.group(2) == null ? 1 : Integer.parseInt(paged.group(2));
        int size = edition.site().pageSize();
        int count;
        if (listing.isEmpty()) {
            count = edition.articles().size();
        } else if (listing.equals(Urls.ACTORS) || listing.equals(Urls.COUNTRIES) || listing.equals("search/")) {
            count = 0;
        } else if (listing.equals(Urls.CORRECTIONS)) {
            count = corrections.getOrDefault(edition.site().language(), 0);
        } else if (listing.startsWith(Urls.ACTORS)) {
            String id = listing.substring(Urls.ACTORS.length(), listing.length() - 1);
            if (!actors.contains(id)) {
                return false;
            }
            count = edition.featuring(id).size();
        } else if (listing.startsWith(Urls.COUNTRIES)) {
            count = edition.in(listing.substring(Urls.COUNTRIES.length(), listing.length() - 1)).size();
            if (count == 0) {
                return false;
            }
        } else {
            return false;
        }
        return page <= Math.max(1, (count + size - 1) / size);
    }
}
