package news.parley.render.search;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The pieces of the search index, each against what the search script expects of it. */
class SearchIndexPartsTest {

    @Test
    void wordsAreFoldedAsTheScriptFoldsThem() {
        assertThat(Terms.of("Élysée talks: Putin's 2025 NEGOTIATIONS")).containsExactly("elysee", "talks", "putin", "s",
                "2025", "negotiations");
        assertThat(Terms.of("Встреча Владимира Путина — «ПМЭФ»")).containsExactly("встреча", "владимира", "путина", "пмэф");
        // Arabic harakat and Hebrew niqqud are marks, and go.
        assertThat(Terms.of("وَحَمَاس בְּנָתַנְיָהוּ")).containsExactly("وحماس", "בנתניהו");
        assertThat(Terms.of("Ça coûte 1,5 € à Zürich")).containsExactly("ca", "coute", "1", "5", "a", "zurich");
        // Letters that do not decompose, and invisible format characters inside a word.
        assertThat(Terms.of("Łódź, Wałęsa, Kılıçdaroğlu, Straße, nego\u00ADtiations, ΣΟΦΟΣ"))
                .containsExactly("lodz", "walesa", "kilicdaroglu", "strasse", "negotiations", "σοφοσ");
        assertThat(Terms.fold("علي")).isEqualTo(Terms.fold("علی"));
        // Chinese and Japanese by pairs of letters, Katakana's long vowel mark with them; Korean syllables kept
        // whole through decomposing, and paired; other letters beside them as words.
        assertThat(Terms.of("中华人民 コーヒー 서울에서 G20峰会 京")).containsExactly("中华", "华人", "人民", "コー", "ーヒ", "ヒー",
                "서울", "울에", "에서", "g20", "峰会", "京");
    }

    @Test
    void plainTextKeepsWordsWholeAcrossInlineTagsAndApartAcrossBlocks() {
        assertThat(PlainText.of("<p>One <em>tw</em>o</p><p>Three &amp; <a class=\"actor\" href=\"x\">Four</a>.</p>\n<ul><li>a</li><li>b</li></ul>"))
                .isEqualTo("One two Three & Four. a b");
    }

    @Test
    void theWordsReadFromHtmlAreTheWordsOfItsTextAndTheTextStopsAtWholeCharacters() {
        List<String> pages = List.of(
                "<p>One <em>tw</em>o</p><p>Three &amp; <a class=\"actor\" href=\"x\">Four</a>.</p>",
                "<p>&Eacute;lys&eacute;e a&lt;b&gt;c &#8212; &#x41;BC &amp;lt; &bogus &; caf\u00e9 CAFE\u0301</p>",
                "<h2 id=\"x\">Wa\u0142\u0119sa</h2><p>nego\u00ADtiations \uD835\uDC00x \uD83D\uDE00 \u0392\u039F\u03A3 \u05D1\u05BC\u05E0</p>",
                "<blockquote><p>\u00ABВстреча ПУТИНА\u00BB</p></blockquote><ul><li>a</li><li>b</li></ul>");
        Random random = new Random(3);
        String[] parts = {"<p>", "</p>", "<strong>", "</strong>", "<em>", "</em>", "<br>", "<a href=\"x&amp;y\">", "</a>",
                "&amp;", "&quot;", "&#8217;", "&nGt;", " ", "\n", "A", "z", "\u00C9", "e\u0301", "\u00AD", "\u0141", "\u03A3",
                "\uD835\uDC00", "9", "-", "\u041F\u0443\u0442\u0438\u043D", "\u0648\u064E", "\u064A\u0643", "\u200D",
                "\u00A0", "\u6D77\u6C34", "\u6DE1", "\u30B3\u30FC", "\uFF7A\uFF9E", "\uC11C\uC6B8", "\u1109\u1165"};
        List<String> all = new ArrayList<>(pages);
        for (int i = 0; i < 3000; i++) {
            StringBuilder html = new StringBuilder();
            for (int n = random.nextInt(30); n > 0; n--) {
                html.append(parts[random.nextInt(parts.length)]);
            }
            all.add(html.toString());
        }
        for (String html : all) {
            String text = PlainText.of(html);
            // The words are those of the text a snippet is cut from: the script finds and marks them there.
            assertThat(PlainText.read(html, 10).words()).as(html).isEqualTo(new java.util.HashSet<>(Terms.of(text)));
            String start = PlainText.of(html, 10);
            assertThat(text).as(html).startsWith(start);
            assertThat(start.length()).as(html).isGreaterThanOrEqualTo(Math.min(text.length(), 11));
            // And the text is what a parser makes of the HTML, but for a line break between Chinese letters.
            if (!html.contains("\n")) {
                assertThat(text).as(html).isEqualTo(parsed(html));
            }
        }
        assertThat(PlainText.read(pages.get(1), 100).words()).contains("elysee", "a", "b", "c", "abc", "lt", "bogus", "cafe")
                .doesNotContain("amp", "eacute", "8212");
        // An editor's line break inside Chinese text is no space; between words of other letters it is.
        assertThat(PlainText.of("<p>\u6D77\u6C34\u6DE1\n\u5316\u5382 and\nmore</p>")).isEqualTo("\u6D77\u6C34\u6DE1\u5316\u5382 and more");
        assertThat(PlainText.read("<p>\u6D77\u6C34\u6DE1\n\u5316\u5382</p>", 100).words()).contains("\u6DE1\u5316");
        // Korean is written in words: its line break parts them.
        assertThat(PlainText.of("<p>\uC11C\uC6B8\uC5D0\uC11C\n\uC628</p>")).isEqualTo("\uC11C\uC6B8\uC5D0\uC11C \uC628");
        assertThat(PlainText.read("<p>\uC11C\uC6B8\uC5D0\uC11C\n\uC628</p>", 100).words()).contains("\uC628")
                .doesNotContain("\uC11C\uC628");
    }

    /** The text of HTML as jsoup's parser finds it: tags that may sit inside a word join, others part. */
    private static String parsed(String html) {
        StringBuilder text = new StringBuilder();
        new org.jsoup.select.NodeTraversor().traverse(new org.jsoup.select.NodeVisitor() {
            @Override
            public void head(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof org.jsoup.nodes.TextNode textNode) {
                    text.append(textNode.getWholeText());
                } else if (node instanceof org.jsoup.nodes.Element element && !isInline(element.tagName())) {
                    text.append(' ');
                }
            }

            @Override
            public void tail(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof org.jsoup.nodes.Element element && !isInline(element.tagName())) {
                    text.append(' ');
                }
            }
        }, org.jsoup.Jsoup.parseBodyFragment(html).body());
        return text.toString().replaceAll("[ \n\t\r]+", " ").strip();
    }

    private static boolean isInline(String tag) {
        return List.of("a", "em", "strong", "code", "span", "del", "s", "sup", "sub", "b", "i", "mark", "abbr", "q", "small")
                .contains(tag);
    }

    @Test
    void postingsTakeTheShorterFormAndKeepEveryNumber() {
        Random random = new Random(7);
        for (int density : new int[]{1, 10, 50, 90}) {
            Postings postings = new Postings();
            List<Integer> ids = new ArrayList<>();
            for (int id = 0; id < 5000; id++) {
                if (random.nextInt(100) < density) {
                    postings.add(id);
                    ids.add(id);
                }
            }
            String encoded = postings.encode();
            assertThat(Postings.decode(encoded)).isEqualTo(ids);
            // A bitmap of 5,000 articles takes 836 characters: a list never takes more.
            assertThat(encoded.length()).isLessThanOrEqualTo(837);
            assertThat(encoded.startsWith("~")).isEqualTo(density >= 10);
        }
    }

    @Test
    void everyWordIsInTheFileOfItsLongestPrefixAndNoFilePassesTheLimitUnlessOneWordDoes() {
        TreeMap<String, String> entries = new TreeMap<>();
        Random random = new Random(11);
        for (int i = 0; i < 3000; i++) {
            StringBuilder word = new StringBuilder();
            for (int n = 1 + random.nextInt(8); n > 0; n--) {
                word.append((char) ('a' + random.nextInt(4)));
            }
            entries.put(word.toString(), "x".repeat(random.nextInt(40)));
        }
        entries.put("ab", "y".repeat(3000));
        TreeMap<String, TreeMap<String, String>> shards = Shards.split(entries, 2000);
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            String word = entry.getKey();
            String longest = null;
            for (int n = word.length(); n > 0 && longest == null; n--) {
                if (shards.containsKey(word.substring(0, n))) {
                    longest = word.substring(0, n);
                }
            }
            assertThat(longest).as(word).isNotNull();
            assertThat(shards.get(longest)).as(word).containsEntry(word, entry.getValue());
        }
        shards.forEach((prefix, words) -> {
            long size = words.entrySet().stream().mapToLong(e -> e.getKey().length() + e.getValue().length() + 6).sum();
            assertThat(size <= 2000 || words.size() == 1).as(prefix).isTrue();
        });
        assertThat(Shards.fileName("neg")).isEqualTo("neg");
        assertThat(Shards.fileName("пу")).isEqualTo("_d0bfd183");
        assertThat(Shards.fileName("country:")).isEqualTo("_636f756e7472793a");
    }
}
