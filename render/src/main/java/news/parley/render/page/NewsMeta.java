package news.parley.render.page;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import news.parley.core.index.IndexedArticle;
import news.parley.core.model.Actor;
import news.parley.core.model.Article;
import news.parley.core.model.Picture;
import news.parley.core.model.SiteConfig;
import news.parley.core.site.Urls;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** schema.org NewsArticle as JSON-LD, the metadata search engines read from a news page. */
final class NewsMeta {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "he", "iw", "ur", "ps", "yi", "dv", "ckb", "sd", "ug");

    private NewsMeta() {
    }

    static boolean rightToLeft(String language) {
        return RIGHT_TO_LEFT.contains(language.toLowerCase(java.util.Locale.ROOT).split("[-_]")[0]);
    }

    private static Map<String, Object> ordered(String... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    static String jsonLd(IndexedArticle entry, SiteConfig site, Urls urls, Picture picture,
                         java.util.function.Function<Actor, Picture> portraits,
                         java.util.function.UnaryOperator<String> plainText) {
        Article article = entry.article();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", "https://schema.org");
        json.put("@type", "NewsArticle");
        json.put("headline", article.title());
        json.put("description", entry.body().summary());
        json.put("url", urls.absolute(Urls.article(article.slug())));
        json.put("mainEntityOfPage", urls.absolute(Urls.article(article.slug())));
        json.put("datePublished", article.date().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        json.put("dateModified", article.lastModified().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        json.put("inLanguage", article.lang() != null ? article.lang() : site.language());
        if (picture != null) {
            // Google's article documentation shows the image in 16:9, 4:3 and 1:1, each at least 1,200 wide.
            json.put("image", picture.crops().stream().map(crop -> urls.absolute(crop.path())).toList());
        }
        // Ordered maps only: Map.of's order changes from one JVM to the next, and the page must not.
        Map<String, Object> publisher = ordered("@type", "Organization", "name", site.title(), "url", urls.absolute(Urls.HOME));
        if (site.correctionsPolicy() != null) {
            publisher.put("correctionsPolicy", site.correctionsPolicy());
        }
        json.put("author", article.author() != null ? ordered("@type", "Person", "name", article.author()) : publisher);
        json.put("publisher", publisher);
        List<Object> about = new ArrayList<>();
        List<Object> mentions = new ArrayList<>();
        for (Actor actor : entry.actors()) {
            Map<String, Object> thing = new LinkedHashMap<>();
            thing.put("@type", actor.organization() ? "Organization" : "Person");
            thing.put("name", actor.name());
            thing.put("url", urls.absolute(Urls.actor(actor.id())));
            if (!actor.role().isEmpty()) {
                thing.put(actor.organization() ? "description" : "jobTitle", actor.role());
            }
            Picture portrait = portraits.apply(actor);
            if (portrait != null) {
                thing.put(actor.organization() ? "logo" : "image", urls.absolute(portrait.crops().get(2).path()));
            }
            (article.actors().contains(actor.id()) ? about : mentions).add(thing);
        }
        if (!about.isEmpty()) {
            json.put("about", about);
        }
        if (!mentions.isEmpty()) {
            json.put("mentions", mentions);
        }
        if (!article.corrections().isEmpty()) {
            List<Object> corrections = new ArrayList<>();
            for (news.parley.core.model.Correction correction : article.correctionsNewestFirst()) {
                corrections.add(ordered("@type", "CorrectionComment", "text", plainText.apply(correction.text()),
                        "datePublished", correction.date().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)));
            }
            json.put("correction", corrections);
        }
        if (!article.tags().isEmpty()) {
            json.put("keywords", String.join(", ", article.tags()));
        }
        try {
            // Inside <script>, "</" ends the element and "<!--" changes how the rest is read; "<", ">"
            // and "&" only occur inside JSON strings, where their \\u escapes mean the same.
            return JSON.writeValueAsString(json).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON-LD for " + article.path(), e);
        }
    }

    /**
     * schema.org WebSite for the home page, naming the search page as its SearchAction, which search engines
     * may offer as a search box: {@code search/?q=} runs the search as the page loads.
     */
    static String webSite(SiteConfig site, Urls urls) {
        Map<String, Object> json = ordered("@context", "https://schema.org", "@type", "WebSite", "name", site.title(),
                "url", urls.absolute(""), "inLanguage", site.language());
        Map<String, Object> action = ordered("@type", "SearchAction");
        action.put("target", ordered("@type", "EntryPoint", "urlTemplate", urls.absolute("search/") + "?q={search_term_string}"));
        action.put("query-input", "required name=search_term_string");
        json.put("potentialAction", action);
        try {
            return JSON.writeValueAsString(json).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the site's JSON-LD", e);
        }
    }
}
