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
 */
public record LoadedContent(Path root, SiteConfig site, List<Article> articles, Map<String, Actor> actors,
                            Map<String, String> countryDescriptions, List<String> staticFiles,
                            List<Problem> warnings, Map<String, String> digests) {

    public LoadedContent {
        articles = List.copyOf(articles);
        actors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(actors));
        countryDescriptions = Map.copyOf(countryDescriptions);
        staticFiles = List.copyOf(staticFiles);
        warnings = List.copyOf(warnings);
        // A view, not a copy: the loader hands over a map it made for this record alone, and copying
        // ten thousand entries showed in a rebuild's profile.
        digests = java.util.Collections.unmodifiableMap(digests);
    }
}
