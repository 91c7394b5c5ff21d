package news.parley.render.search;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * Cuts the index's words into files by their first letters: one letter to start with; a file that would
 * pass its limit is cut again by one more letter, and so on, the words no longer than its prefix staying
 * in it. A word's file is then the one named by its longest prefix among the files', which the search
 * script finds from the manifest's list of prefixes.
 */
final class Shards {
    private Shards() {
    }

    /** The entries (word to its lists) by the prefix of their file. */
    static TreeMap<String, TreeMap<String, String>> split(TreeMap<String, String> entries, int limit) {
        TreeMap<String, TreeMap<String, String>> shards = new TreeMap<>();
        TreeMap<String, TreeMap<String, String>> first = group(entries, 1);
        first.forEach((prefix, words) -> cut(prefix, words, limit, shards));
        return shards;
    }

    private static void cut(String prefix, TreeMap<String, String> words, int limit,
                            TreeMap<String, TreeMap<String, String>> shards) {
        if (bytes(words) <= limit) {
            shards.put(prefix, words);
            return;
        }
        int length = prefix.codePointCount(0, prefix.length());
        TreeMap<String, String> own = new TreeMap<>();
        TreeMap<String, String> longer = new TreeMap<>();
        words.forEach((word, lists) -> (word.codePointCount(0, word.length()) <= length ? own : longer).put(word, lists));
        if (longer.isEmpty()) {
            // One word alone passes the limit: it cannot be cut, and its file holds it whole.
            shards.put(prefix, own);
            return;
        }
        if (!own.isEmpty()) {
            shards.put(prefix, own);
        }
        group(longer, length + 1).forEach((next, group) -> cut(next, group, limit, shards));
    }

    private static TreeMap<String, TreeMap<String, String>> group(Map<String, String> words, int letters) {
        TreeMap<String, TreeMap<String, String>> groups = new TreeMap<>();
        words.forEach((word, lists) -> {
            int end = word.offsetByCodePoints(0, Math.min(letters, word.codePointCount(0, word.length())));
            groups.computeIfAbsent(word.substring(0, end), p -> new TreeMap<>()).put(word, lists);
        });
        return groups;
    }

    /** At most what the words take in a file: their JSON, each character as up to six escaped bytes. */
    private static long bytes(Map<String, String> words) {
        long total = 2;
        for (Map.Entry<String, String> entry : words.entrySet()) {
            total += entry.getKey().getBytes(StandardCharsets.UTF_8).length + entry.getValue().length() + 6;
        }
        return total;
    }

    /**
     * The file of a prefix: itself where it is lower-case ASCII letters and digits; else {@code _} (which no
     * word holds) and its UTF-8 in hex, which every host serves and the script computes the same way.
     */
    static String fileName(String prefix) {
        if (prefix.matches("[a-z0-9]+")) {
            return prefix;
        }
        return "_" + HexFormat.of().formatHex(prefix.getBytes(StandardCharsets.UTF_8));
    }
}
