package news.parley.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The search index as the search script reads it: which files hold a word, and what a rebuild rewrites. */
class SearchTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private TestSite site() {
        TestSite site = new TestSite(dir).actor("vladimir-putin", "Vladimir Putin", "ru", "Putin")
                .file("countries/ir.md", "Iran.\n");
        for (int i = 1; i <= 30; i++) {
            site.article("story-" + i, "2025-06-" + (i < 10 ? "0" + i : i), i % 3 == 0 ? "countries: [ir]" : "",
                    "Delegates met on day " + i + " of the talks" + (i == 7 ? "; Putin spoke of Élysée desalination plants" : "")
                            + ".\n\nThe second paragraph of story " + i + ".\n");
        }
        return site;
    }

    @Test
    void everyWordOfEveryArticleIsInTheFileOfItsPrefixAndTheHomePageNamesTheSearch() throws IOException {
        TestSite site = site();
        site.buildOk();
        JsonNode manifest = JSON.readTree(site.text("search/manifest.json"));
        assertThat(manifest.get("n").asInt()).isEqualTo(30);
        // Articles are numbered from the oldest: story-7 is number 6.
        assertThat(ids(site, "desalination")).containsExactly(6);
        // Without case or diacritics, as the script folds what readers type.
        assertThat(ids(site, "elysee")).containsExactly(6);
        // A word of every article is in every list; an actor's name counts where the text mentions them.
        assertThat(ids(site, "delegates")).hasSize(30);
        assertThat(ids(site, "putin")).containsExactly(6);
        assertThat(ids(site, "actor:vladimir-putin")).containsExactly(6);
        assertThat(ids(site, "country:ir")).hasSize(10);
        // Results come eight to a file (as the manifest tells the script), with the text a snippet needs.
        assertThat(manifest.get("d").asInt()).isEqualTo(8);
        JsonNode eight = JSON.readTree(site.text("search/d/0.json"));
        assertThat(eight).hasSize(8);
        assertThat(eight.get(6).get("t").asText()).isEqualTo("Story story-7");
        assertThat(eight.get(6).get("u").asText()).isEqualTo("articles/story-7/");
        assertThat(eight.get(6).get("x").asText()).contains("Élysée desalination plants");
        assertThat(eight.get(6).get("a").get(0).asText()).isEqualTo("Vladimir Putin");
        // No file of the index is large.
        for (Path file : files(site.output.resolve("search"))) {
            assertThat(Files.size(file)).as(file.toString()).isLessThan(1_000_000);
        }
        // The home page names the search as the site's SearchAction.
        JsonNode home = JSON.readTree(site.page("index.html").selectFirst("script[type=application/ld+json]").data());
        assertThat(home.get("@type").asText()).isEqualTo("WebSite");
        assertThat(home.get("potentialAction").get("target").get("urlTemplate").asText())
                .isEqualTo("https://example.org/search/?q={search_term_string}");
    }

    @Test
    void aRebuildAfterOneEditChangesOnlyTheFilesOfTheWordsItChanged() throws IOException {
        TestSite site = site();
        site.buildOk();
        Map<String, byte[]> before = contents(site.output.resolve("search"));
        // One word more, and nothing else: "dhows" joins the word file of "d".
        site.article("story-12", "2025-06-12", "countries: [ir]", "Delegates met on day 12 of the talks. Dhows.\n\n"
                + "The second paragraph of story 12.\n");
        site.buildOk();
        Map<String, byte[]> after = contents(site.output.resolve("search"));
        List<String> changed = new ArrayList<>();
        after.forEach((path, bytes) -> {
            if (!java.util.Arrays.equals(bytes, before.get(path))) {
                changed.add(path);
            }
        });
        // The word file of the new word, and the results file of the article (number 11, in file 1).
        assertThat(changed).containsExactlyInAnyOrder("t/" + shardOf(site, "dhows") + ".json", "d/1.json");
        assertThat(ids(site, "dhows")).containsExactly(11);
    }

    @Test
    void arabicWordsAreFoundWithoutTheLettersJoinedToTheirFrontAndChineseByPairsOfLetters() throws IOException {
        TestSite site = new TestSite(dir).file("site.yaml", """
                title: Test Wire
                baseUrl: https://example.org/
                language: ar
                timezone: UTC
                """);
        // "And Netanyahu met with Hamas, to the Likud"; and, in Chinese, "the desalination plant".
        site.article("talks", "2025-06-01", "", "\u0648\u0646\u062a\u0646\u064a\u0627\u0647\u0648 \u0627\u0644\u062a\u0642\u0649"
                + " \u0628\u062d\u0645\u0627\u0633 \u0644\u0644\u064a\u0643\u0648\u062f. \u6d77\u6c34\u6de1\u5316\u5382.\n");
        site.article("other", "2025-06-02", "", "\u0646\u062a\u0646\u064a\u0627\u0647\u0648 \u0648\u062d\u062f\u0647.\n");
        site.buildOk();
        // The word as written, and without و ("and"), ب ("with") or the ل before ال ("to the").
        assertThat(ids(site, "\u0648\u0646\u062a\u0646\u064a\u0627\u0647\u0648")).containsExactly(0);
        assertThat(ids(site, "\u0646\u062a\u0646\u064a\u0627\u0647\u0648")).containsExactly(0, 1);
        assertThat(ids(site, "\u062d\u0645\u0627\u0633")).containsExactly(0);
        assertThat(ids(site, "\u0627\u0644\u0644\u064a\u0643\u0648\u062f")).containsExactly(0);
        // Chinese, written without spaces, as its pairs of letters; the run itself is no word.
        assertThat(ids(site, "\u6de1\u5316")).containsExactly(0);
        assertThat(ids(site, "\u6d77\u6c34")).containsExactly(0);
        assertThat(ids(site, "\u6d77\u6c34\u6de1\u5316\u5382")).isEmpty();

        // In a site in English, the same letters are a word of their own: و is no prefix there.
        site.file("site.yaml", "title: Test Wire\nbaseUrl: https://example.org/\nlanguage: en\ntimezone: UTC\n").buildOk();
        assertThat(ids(site, "\u0646\u062a\u0646\u064a\u0627\u0647\u0648")).containsExactly(1);
    }

    /** The articles the index lists for a word, as the script finds them: folded, its file by longest prefix. */
    private static List<Integer> ids(TestSite site, String typed) throws IOException {
        String word = news.parley.render.search.Terms.fold(typed);
        JsonNode shard = JSON.readTree(site.text("search/t/" + shardOf(site, word) + ".json"));
        List<Integer> ids = new ArrayList<>();
        JsonNode lists = shard.get(word);
        if (lists == null) {
            return ids;
        }
        ids.addAll(news.parley.render.search.Postings.decode(lists.asText().split("\\|")[0]));
        return ids;
    }

    private static String shardOf(TestSite site, String word) throws IOException {
        List<String> prefixes = new ArrayList<>();
        JSON.readTree(site.text("search/manifest.json")).get("s").forEach(p -> prefixes.add(p.asText()));
        for (int n = word.length(); n > 0; n--) {
            if (prefixes.contains(word.substring(0, n))) {
                String prefix = word.substring(0, n);
                return prefix.matches("[a-z0-9]+") ? prefix
                        : "_" + java.util.HexFormat.of().formatHex(prefix.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        throw new AssertionError("no file for " + word + " among " + prefixes);
    }

    private static List<Path> files(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, byte[]> contents(Path root) throws IOException {
        Map<String, byte[]> contents = new TreeMap<>();
        for (Path file : files(root)) {
            contents.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
        }
        return contents;
    }
}
