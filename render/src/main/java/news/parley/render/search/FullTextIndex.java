package news.parley.render.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import news.parley.core.index.IndexedArticle;
import news.parley.core.index.SiteIndex;
import news.parley.core.language.Clitics;
import news.parley.core.language.WordForms;
import news.parley.core.model.Actor;
import news.parley.core.model.Article;
import news.parley.core.model.Country;
import news.parley.core.model.Picture;
import news.parley.core.site.Fingerprint;
import news.parley.core.site.Output;
import news.parley.core.site.Urls;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The search index, split so that a query loads little of it (as Pagefind does): every word of every
 * article in files by the first letters of the word ({@code search/t/}), each within {@link #SHARD_BYTES};
 * what a result shows of an article in files of eight ({@code search/d/<n>.json}); and a small
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
    static final int TEXT_CHARS = 1_500;
    /**
     * How many articles' results share a file: article n is in file n / 8, at n % 8. Fewer, larger files
     * cost a build less to write (bench/README.md); a page of ten results loads at most ten of them, which
     * keeps a query within its budget (300 KB at 100,000 articles).
     */
    static final int DOCUMENTS_PER_FILE = 8;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Bumped when the form of the files changes, so that no kept file of an older form is reused. */
    private static final String VERSION = "search 3";

    private FullTextIndex() {
    }

    /** What a result shows of an article; short keys, as there is one file per article. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Document(String t, String u, String d, String s, List<String> a, List<String> c, String i, String x,
                    String l) {
    }

    /**
     * The manifest: how many articles, how many share a results file, the prefixes of the word files, and the
     * filters' names.
     */
    record Manifest(int v, int n, int d, List<String> s, List<List<String>> c, List<List<String>> a) {
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
        // Each article's key: what its words and its result are made from.
        String[] keys = new String[n];
        java.util.stream.IntStream.range(0, n).parallel().forEach(id -> {
            IndexedArticle article = articles.get(n - 1 - id);
            Picture picture = pictures.apply(article);
            // Its own record, and the names of its actors and countries, which its words and result hold.
            // Its language, which tells how its words are read, is the site's where the article names none.
            Fingerprint key = Fingerprint.start().add(VERSION).add(article.fingerprint())
                    .add(String.valueOf(article.article().language()))
                    .add(picture == null ? "" : picture.card().path());
            article.actors().forEach(a -> {
                key.add(a.id()).add(a.name()).add(a.aliases().size());
                a.aliases().forEach(key::add);
            });
            article.countries().forEach(c -> key.add(c.code()).add(c.name()));
            keys[id] = key.digest();
        });
        // The text of an article whose words were found anew, cut for its result: read once, used twice.
        String[] texts = new String[n];
        // The word files and the manifest are a function of every key and of the filters: when none changed,
        // what they are is remembered, and nothing is read or counted again.
        Fingerprint whole = Fingerprint.start().add(VERSION).add("words").add(index.fingerprint()).add(n);
        for (String key : keys) {
            whole.add(key);
        }
        java.util.concurrent.atomic.AtomicReference<Map<String, byte[]>> made = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.function.Supplier<Map<String, byte[]>> words = () -> {
            synchronized (made) {
                if (made.get() == null) {
                    made.set(wordFiles(index, articles, keys, texts, output));
                }
                return made.get();
            }
        };
        String listing = output.kept(whole.digest());
        if (listing != null) {
            // Each article's words stay kept for the build after, which may need all but an edited one.
            java.util.Arrays.stream(keys).parallel().forEach(output::kept);
        } else {
            StringBuilder lines = new StringBuilder();
            words.get().forEach((path, bytes) -> lines.append(path).append('\t')
                    .append(Fingerprint.of(VERSION, new String(bytes, StandardCharsets.UTF_8))).append('\n'));
            listing = output.derived(whole.digest(), lines::toString);
        }
        int files = 0;
        for (String line : listing.split("\n")) {
            int tab = line.indexOf('\t');
            String path = line.substring(0, tab);
            output.write(path, line.substring(tab + 1), () -> words.get().get(path));
            files++;
        }
        // Results come in files of a few neighbours each: fewer files to write, and a page of results, which
        // are often neighbours in time, loads fewer.
        int documents = (n + DOCUMENTS_PER_FILE - 1) / DOCUMENTS_PER_FILE;
        java.util.stream.IntStream.range(0, documents).parallel().forEach(file -> {
            int from = file * DOCUMENTS_PER_FILE;
            int to = Math.min(n, from + DOCUMENTS_PER_FILE);
            Fingerprint key = Fingerprint.start().add(VERSION).add("documents");
            for (int id = from; id < to; id++) {
                key.add(keys[id]);
            }
            output.write("search/d/" + file + ".json", key.digest(), () -> json(java.util.stream.IntStream.range(from, to)
                    .mapToObj(id -> document(articles.get(n - 1 - id), pictures.apply(articles.get(n - 1 - id)), texts[id]))
                    .toList()));
        });
        return files + documents;
    }

    /** The word files and the manifest, by path: every article's words, each word's lists, cut by prefix. */
    private static Map<String, byte[]> wordFiles(SiteIndex index, List<IndexedArticle> articles, String[] keys,
                                                 String[] texts, Output output) {
        int n = articles.size();
        // Each article's words are its own to find, on every core; kept between builds under its key.
        String[] records = new String[n];
        java.util.stream.IntStream.range(0, n).parallel().forEach(id -> {
            IndexedArticle article = articles.get(n - 1 - id);
            records[id] = output.derived(keys[id], () -> {
                PlainText.Read read = PlainText.read(article.body().html(), TEXT_CHARS);
                texts[id] = cut(read.text());
                return words(article, read.words());
            });
        });
        // Each part of the archive's lists is made on a core of its own. Parts are ranges of articles, joined in
        // order: a list must stay ascending, which appending a later range to an earlier one keeps.
        int parts = Math.max(1, Math.min(n / 1000, 4 * Runtime.getRuntime().availableProcessors()));
        List<Lists> made = java.util.stream.IntStream.range(0, parts).parallel()
                .mapToObj(part -> Lists.of(records, n * part / parts, n * (part + 1) / parts)).toList();
        Lists lists = made.get(0);
        made.subList(1, made.size()).forEach(lists::append);
        TreeMap<String, String> entries = new TreeMap<>(lists.all.entrySet().parallelStream().collect(
                java.util.stream.Collectors.toMap(Map.Entry::getKey, entry -> {
                    Postings top = lists.strong.get(entry.getKey());
                    return entry.getValue().encode() + (top == null ? "" : "|" + top.encode());
                })));
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        List<String> prefixes = new ArrayList<>();
        for (Map.Entry<String, TreeMap<String, String>> shard : Shards.split(entries, SHARD_BYTES).entrySet()) {
            files.put("search/t/" + Shards.fileName(shard.getKey()) + ".json", json(shard.getValue()));
            prefixes.add(shard.getKey());
        }
        files.put("search/manifest.json", json(new Manifest(2, n, DOCUMENTS_PER_FILE, prefixes,
                index.countries().stream().map(c -> List.of(c.code(), c.name())).toList(),
                index.actors().stream().filter(a -> !index.featuring(a.id()).isEmpty())
                        .map(a -> List.of(a.id(), a.name())).toList())));
        return files;
    }

    /** Each word's articles, among all the words' and the title's, summary's, actors' and countries'. */
    private record Lists(Map<String, Postings> all, Map<String, Postings> strong) {
        /**
         * The lists of articles {@code from} to {@code to}. A record is its strong words, a line break, then
         * its other words: the strong ones count for both lists.
         */
        static Lists of(String[] records, int from, int to) {
            Lists lists = new Lists(new HashMap<>(), new HashMap<>());
            for (int id = from; id < to; id++) {
                String record = records[id];
                int lineBreak = record.indexOf('\n');
                lists.add(record, 0, lineBreak, id, true);
                lists.add(record, lineBreak + 1, record.length(), id, false);
            }
            return lists;
        }

        /** Adds article {@code id} to the lists of the space-separated words in {@code record[from, to)}. */
        private void add(String record, int from, int to, int id, boolean isStrong) {
            int start = from;
            while (start < to) {
                int space = record.indexOf(' ', start);
                int end = space < 0 || space > to ? to : space;
                if (end > start) {
                    String term = record.substring(start, end);
                    if (isStrong) {
                        strong.computeIfAbsent(term, t -> new Postings()).add(id);
                    }
                    all.computeIfAbsent(term, t -> new Postings()).add(id);
                }
                start = end + 1;
            }
        }

        /** Adds the lists of later articles. */
        void append(Lists later) {
            later.all.forEach((term, postings) -> all.computeIfAbsent(term, t -> new Postings()).addAll(postings));
            later.strong.forEach((term, postings) -> strong.computeIfAbsent(term, t -> new Postings()).addAll(postings));
        }
    }

    /** One article's words, each once: those of its title, summary, actors and countries, then the others. */
    static String words(IndexedArticle article, Set<String> text) {
        Set<String> strong = new java.util.HashSet<>();
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
        Set<String> others = new java.util.HashSet<>(text);
        Article written = article.article();
        WordForms forms = WordForms.of(written.lang() != null ? written.lang() : written.language());
        if (forms != null && forms.hasPrefixes()) {
            withoutPrefixes(strong, forms);
            withoutPrefixes(others, forms);
        }
        others.removeAll(strong);
        return String.join(" ", strong) + "\n" + String.join(" ", others);
    }

    /**
     * Adds each word's readings without the letters that Arabic or Hebrew join to its front ("and", "in"),
     * so that "نتنياهو" finds "ونتنياهو" as the whole word finds itself. Readings of one letter are left out.
     */
    private static void withoutPrefixes(Set<String> words, WordForms forms) {
        for (String word : List.copyOf(words)) {
            // Folding made the Arabic kaf, which is one of those letters, the Persian one.
            for (Clitics.Stripped reading : forms.prefixes(word.replace('ک', 'ك'))) {
                String rest = Terms.fold(reading.rest());
                if (rest.codePointCount(0, rest.length()) > 1) {
                    words.add(rest);
                }
            }
        }
    }

    /** What a result shows of an article; {@code text} is its plain text, cut, where it is at hand, else null. */
    static Document document(IndexedArticle article, Picture picture, String text) {
        return new Document(article.article().title(), Urls.article(article.slug()),
                article.article().date().toLocalDate().toString(), article.body().summary(),
                article.actors().stream().map(Actor::name).toList(),
                article.countries().stream().map(Country::name).toList(),
                picture == null ? null : picture.card().path(),
                text != null ? text : cut(PlainText.of(article.body().html(), TEXT_CHARS)),
                // The language an article names, which may not be its site's: the script marks its words by it.
                article.article().lang());
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
