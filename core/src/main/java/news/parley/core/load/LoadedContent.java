package news.parley.core.load;

import news.parley.core.model.Actor;
import news.parley.core.model.Article;
import news.parley.core.model.SiteConfig;
import news.parley.core.problem.Problem;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything a build reads, typed and checked; the output of the load stage.
 *
 * @param actors               by id, in id order
 * @param countryDescriptions  Markdown by lower-case country code
 * @param staticFiles          paths of the files under {@code static/}, copied to the site as they are
 * @param warnings             problems that do not stop the build
 * @param digests              by article path, a digest of the whole article as its file states it
 *                             (Markdown included, even where {@code articles} left the Markdown unread)
 * @param translatedActors     by language other than the default, each translated actor as that language names it
 * @param translatedCountries  by language other than the default, country descriptions written in it
 * @param messages             the interface's words, by language
 */
public record LoadedContent(Path root, SiteConfig site, List<Article> articles, Map<String, Actor> actors,
                            Map<String, String> countryDescriptions, List<String> staticFiles,
                            List<Problem> warnings, Map<String, String> digests,
                            Map<String, Map<String, Actor>> translatedActors,
                            Map<String, Map<String, String>> translatedCountries,
                            Map<String, news.parley.core.model.Messages> messages) {

    public LoadedContent {
        articles = List.copyOf(articles);
        actors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(actors));
        countryDescriptions = Map.copyOf(countryDescriptions);
        staticFiles = List.copyOf(staticFiles);
        warnings = List.copyOf(warnings);
        // A view, not a copy: the loader hands over a map it made for this record alone, and copying
        // ten thousand entries showed in a rebuild's profile.
        digests = java.util.Collections.unmodifiableMap(digests);
        translatedActors = Map.copyOf(translatedActors);
        translatedCountries = Map.copyOf(translatedCountries);
        messages = Map.copyOf(messages);
    }

    /**
     * The site in each of its languages, the default first: each one's articles, its actors as its files
     * name them (the default language's where it has none), its country descriptions, its own title and
     * address. A site in one language is its one edition, as loaded.
     */
    public List<LoadedContent> editions() {
        if (!site.multilingual()) {
            return List.of(this);
        }
        java.util.List<LoadedContent> editions = new java.util.ArrayList<>();
        editions.add(edition(site.languages().get(0).code()));
        for (news.parley.core.model.Language language : site.languages().subList(1, site.languages().size())) {
            editions.add(edition(language.code()));
        }
        return editions;
    }

    private LoadedContent edition(String code) {
        news.parley.core.model.Language language = site.languages().stream().filter(l -> l.code().equals(code))
                .findFirst().orElseThrow();
        Map<String, Actor> named = new java.util.LinkedHashMap<>(actors);
        named.putAll(translatedActors.getOrDefault(code, Map.of()));
        // An actor's old addresses are the default language's pages: only that language's site answers them.
        named.replaceAll((id, a) -> a.redirectFrom().isEmpty() ? a : new Actor(a.id(), a.path(), a.name(), a.aliases(),
                a.country(), a.role(), a.organization(), a.bio(), a.bioLine(), a.image(), List.of()));
        Map<String, String> described = code.equals(site.language()) ? countryDescriptions
                : translatedCountries.getOrDefault(code, Map.of());
        return new LoadedContent(root, site.edition(language, messages.get(code)),
                articles.stream().filter(a -> a.language().equals(code)).toList(), named, described, staticFiles,
                warnings, digests, Map.of(), Map.of(), messages);
    }
}
