package news.parley.render.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import news.parley.core.index.IndexedArticle;
import news.parley.core.index.SiteIndex;
import news.parley.core.model.Actor;
import news.parley.core.model.Country;
import news.parley.core.model.Picture;
import news.parley.core.site.Fingerprint;
import news.parley.core.site.Output;
import news.parley.core.site.Urls;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The search index, split so that a query loads little of it (as Pagefind does): every word of every
 * article in files by the first letters of the word ({@code search/t/}), each within {@link #SHARD_BYTES};
 * what a result shows of an article in a file of its own ({@code search/d/<n>.json}); and a small
 * manifest ({@code search/manifest.json}) that names the word files and the filters. A query loads the
 * manifest, the word files of its words and the files of the results it shows.
 *
 * <p>Articles are numbered from the oldest, so that publishing one leaves every number as it was. A word
 * lists the articles that hold it anywhere, and those that hold it in their title, summary, actors or
 * countries, which rank above the rest. Filters are words of their own: {@code country:ir},
 * {@code actor:vladimir-putin}.
 */
public final class FullTextIndex {
    /** The most a word file holds, uncompressed: two words of a query load two, or a few for a prefix. */
    public static final int SHARD_BYTES = 48 * 1024;
    /** How much of an article's text its result file keeps, for the snippet. */
    static final int TEXT_CHARS = 2_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Bumped when the form of the files changes, so that no kept file of an older form is reused. */
    private static final String VERSION = "search 1";

    private FullTextIndex() {
    }

    /** What a result shows of an article; short keys, as there is one file per article. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Document(String t, String u, String d, String s, List<String> a, List<String> c, String i, String x) {
    }

    /** The manifest: how many articles, the prefixes of the word files, and the filters' names. */
    record Manifest(int v, int n, List<String> s, List<List<String>> c, List<List<String>> a) {
    }

    /**
     * Writes the index of {@code index}'s articles into {@code output}, under {@code search/}.
     *
     * @param pictures each article's lead photo as the image stage made it, or null
     * @return how many files it wrote or kept
     */
    public static int write(SiteIndex index, Function<IndexedArticle, Picture> pictures, Output output) {
        List<IndexedArticle> articles = index.articles();
        int n = articles.size();
        Map<String, Postings> all = new HashMap<>();
        Map<String, Postings> strong = new HashMap<>();
        int files = 0;
        // From the oldest, so that each word's list grows in order.
        for (int id = 0; id < n; id++) {
            IndexedArticle article = articles.get(n - 1 - id);
            Picture picture = pictures.apply(article);
            String key = Fingerprint.of(VERSION, index.fingerprint(), article.fingerprint(),
                    picture == null ? "" : picture.card().path());
            String record = output.derived(key, () -> record(article, picture));
            int firstBreak = record.indexOf('\n');
            int secondBreak = record.indexOf('\n', firstBreak + 1);
            for (String term : words(record.substring(0, firstBreak))) {
                strong.computeIfAbsent(term, t -> new Postings()).add(id);
            }
            for (String term : words(record.substring(firstBreak + 1, secondBreak))) {
                all.computeIfAbsent(term, t -> new Postings()).add(id);
            }
            String document = record.substring(secondBreak + 1);
            output.write("search/d/" + id + ".json", Fingerprint.of(key, "document"),
                    () -> document.getBytes(StandardCharsets.UTF_8));
            files++;
        }
        TreeMap<String, String> entries = new TreeMap<>();
        all.forEach((term, postings) -> {
            Postings top = strong.get(term);
            entries.put(term, postings.encode(n) + (top == null ? "" : "|" + top.encode(n)));
        });
        List<String> prefixes = new ArrayList<>();
        for (Map.Entry<String, TreeMap<String, String>> shard : Shards.split(entries, SHARD_BYTES).entrySet()) {
            byte[] bytes = json(shard.getValue());
            output.write("search/t/" + Shards.fileName(shard.getKey()) + ".json", Fingerprint.of(VERSION,
                    new String(bytes, StandardCharsets.UTF_8)), () -> bytes);
            prefixes.add(shard.getKey());
            files++;
        }
        byte[] manifest = json(new Manifest(1, n, prefixes,
                index.countries().stream().map(c -> List.of(c.code(), c.name())).toList(),
                index.actors().stream().filter(a -> !index.featuring(a.id()).isEmpty())
                        .map(a -> List.of(a.id(), a.name())).toList()));
        output.write("search/manifest.json", Fingerprint.of(VERSION, new String(manifest, StandardCharsets.UTF_8)),
                () -> manifest);
        return files + 1;
    }

    private static String[] words(String line) {
        return line.isEmpty() ? new String[0] : line.split(" ");
    }

    /**
     * One article as the index needs it, kept between builds under its fingerprint: its strong words, all
     * its words (each once), then its result file.
     */
    static String record(IndexedArticle article, Picture picture) {
        Set<String> strong = new LinkedHashSet<>();
        strong.addAll(Terms.of(article.article().title()));
        strong.addAll(Terms.of(article.body().summary()));
        for (Actor actor : article.actors()) {
            strong.addAll(Terms.of(actor.name()));
            actor.aliases().forEach(alias -> strong.addAll(Terms.of(alias)));
            strong.add("actor:" + actor.id());
        }
        for (Country country : article.countries()) {
            strong.addAll(Terms.of(country.name()));
            strong.add("country:" + country.code());
        }
        String text = PlainText.of(article.body().html());
        Set<String> all = new LinkedHashSet<>(strong);
        all.addAll(Terms.of(text));
        Document document = new Document(article.article().title(), Urls.article(article.slug()),
                article.article().date().toLocalDate().toString(), article.body().summary(),
                article.actors().stream().map(Actor::name).toList(),
                article.countries().stream().map(Country::name).toList(),
                picture == null ? null : picture.card().path(), cut(text));
        return String.join(" ", strong) + "\n" + String.join(" ", all) + "\n"
                + new String(json(document), StandardCharsets.UTF_8);
    }

    /** The text up to {@link #TEXT_CHARS}, ending at a word. */
    private static String cut(String text) {
        if (text.length() <= TEXT_CHARS) {
            return text;
        }
        int end = text.lastIndexOf(' ', TEXT_CHARS);
        return text.substring(0, end > 0 ? end : TEXT_CHARS) + " …";
    }

    private static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the search index", e);
        }
    }
}
