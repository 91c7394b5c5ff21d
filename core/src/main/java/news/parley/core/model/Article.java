package news.parley.core.model;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One article as its file states it, before any cross-linking.
 *
 * @param path      source file relative to the content root, with forward slashes
 * @param summary   as written in front matter, or null to derive it from the body
 * @param updated   null when the article was never updated
 * @param countries ISO 3166-1 alpha-2 codes in lower case, in front matter order
 * @param actors    actor ids in front matter order
 * @param lang      the article's language (BCP 47), or null for the site's
 * @param body      the Markdown after the front matter
 * @param bodyLine  the line of the file on which the body starts, to place problems in it
 * @param image     the lead photo, or null
 * @param redirectFrom paths of the site that used to serve the article
 * @param corrections the corrections made since publication, in front matter order
 * @param language  the language of the site it belongs to: its file's suffix ({@code talks.ru.md}), or the
 *                  site's default language
 * @param translationKey what its translations share: front matter {@code translationKey}, or its file's
 *                  path without the language suffix
 */
public record Article(String path, String slug, String title, OffsetDateTime date, OffsetDateTime updated,
                      String summary, List<String> countries, List<String> actors, List<String> tags,
                      String author, String source, String sourceUrl, boolean draft, String lang,
                      String body, int bodyLine, ImageRef image,
                      List<Redirect> redirectFrom, List<Correction> corrections, String language,
                      String translationKey) {

    public Article {
        countries = List.copyOf(countries);
        actors = List.copyOf(actors);
        tags = List.copyOf(tags);
        redirectFrom = List.copyOf(redirectFrom);
        corrections = List.copyOf(corrections);
    }

    /** The same article without its Markdown, which nothing needs once it is rendered. */
    public Article withoutBody() {
        return new Article(path, slug, title, date, updated, summary, countries, actors, tags, author, source,
                sourceUrl, draft, lang, "", bodyLine, image, redirectFrom,
                corrections, language, translationKey);
    }

    /** The date readers and feeds treat as the last change: the latest of the date, updated and corrections. */
    public OffsetDateTime lastModified() {
        OffsetDateTime latest = updated != null && updated.isAfter(date) ? updated : date;
        for (Correction correction : corrections) {
            if (correction.date().isAfter(latest)) {
                latest = correction.date();
            }
        }
        return latest;
    }

    /** The corrections, newest first, as readers see them. */
    public List<Correction> correctionsNewestFirst() {
        return corrections.stream().sorted(java.util.Comparator.comparing(Correction::date).reversed()).toList();
    }
}
