package news.parley.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What the search index of a built site costs readers: its size, its largest file, and the bytes the search
 * script loads for sample queries, found as the script finds them (the manifest, the word files of each
 * word by longest prefix, and for a word of three letters or more the files of longer prefixes, up to five;
 * then the results files of the ten best results). The samples are the most frequent word, a word of middle
 * frequency, a rare word, a three-letter prefix, and pairs of them.
 * Run: java -cp bench/target/classes news.parley.bench.SearchReport SITE_FOLDER
 */
public final class SearchReport {
    private final Path search;
    private final Map<String, Object> manifest;
    private final Set<String> prefixes = new HashSet<>();
    private final Map<String, Map<String, Object>> shards = new HashMap<>();

    @SuppressWarnings("unchecked")
    private SearchReport(Path site) throws IOException {
        this.search = site.resolve("search");
        this.manifest = (Map<String, Object>) Json.parse(Files.readString(search.resolve("manifest.json")));
        for (Object prefix : (List<Object>) manifest.get("s")) {
            prefixes.add((String) prefix);
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: SearchReport SITE_FOLDER");
            System.exit(2);
        }
        new SearchReport(Path.of(args[0])).report();
    }

    private void report() throws IOException {
        long total = 0;
        long largest = 0;
        String largestName = "";
        int files = 0;
        try (Stream<Path> walk = Files.walk(search)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String name = search.relativize(file).toString();
                if (name.equals("index.html") || name.equals("search.js")) {
                    continue;
                }
                long size = Files.size(file);
                total += size;
                files++;
                if (size > largest) {
                    largest = size;
                    largestName = name;
                }
            }
        }
        // Every word with how many articles hold it, to pick the samples.
        Map<String, Integer> frequency = new HashMap<>();
        for (String prefix : prefixes) {
            shard(prefix).forEach((word, lists) -> {
                if (!word.contains(":")) {
                    frequency.put(word, ids(((String) lists).split("\\|")[0]).size());
                }
            });
        }
        List<String> byFrequency = frequency.entrySet().stream()
                .sorted((a, b) -> b.getValue() - a.getValue() != 0 ? b.getValue() - a.getValue() : a.getKey().compareTo(b.getKey()))
                .map(Map.Entry::getKey).toList();
        String common = byFrequency.get(0);
        String second = byFrequency.get(1);
        String middle = byFrequency.get(byFrequency.size() / 2);
        String rare = byFrequency.get(byFrequency.size() - 1);
        Map<String, Integer> starts = new HashMap<>();
        byFrequency.stream().filter(w -> w.length() >= 3).forEach(w -> starts.merge(w.substring(0, 3), 1, Integer::sum));
        String prefix = starts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(common);
        System.out.printf("articles %s, index %d files, %.1f MB; largest file %s, %d bytes%n", manifest.get("n"), files,
                total / 1e6, largestName, largest);
        Map<String, List<String>> queries = new LinkedHashMap<>();
        queries.put("one word, the most frequent", List.of(common));
        queries.put("one word, of middle frequency", List.of(middle));
        queries.put("one word, rare", List.of(rare));
        queries.put("a prefix of three letters", List.of(prefix));
        queries.put("two words, the two most frequent", List.of(common, second));
        queries.put("two words, middle and rare", List.of(middle, rare));
        for (Map.Entry<String, List<String>> query : queries.entrySet()) {
            System.out.printf("%s (%s): %d bytes, %d results%n", query.getKey(), String.join(" ", query.getValue()),
                    bytes(query.getValue()), results(query.getValue()).size());
        }
    }

    /** What the script loads for the query: manifest, word files, and the results files of the first ten. */
    private long bytes(List<String> words) throws IOException {
        Set<String> loaded = new LinkedHashSet<>();
        loaded.add("manifest.json");
        for (String word : words) {
            for (String file : filesOf(word, isPrefix(word))) {
                loaded.add("t/" + fileName(file) + ".json");
            }
        }
        List<Integer> results = results(words);
        for (int id : results.subList(0, Math.min(10, results.size()))) {
            loaded.add("d/" + id / ((Number) manifest.get("d")).intValue() + ".json");
        }
        long bytes = 0;
        for (String file : loaded) {
            bytes += Files.size(search.resolve(file));
        }
        return bytes;
    }

    /** The results, best first, as the script ranks them. */
    private List<Integer> results(List<String> words) throws IOException {
        int n = ((Number) manifest.get("n")).intValue();
        List<Set<Integer>> all = new ArrayList<>();
        List<Set<Integer>> strong = new ArrayList<>();
        List<Set<Integer>> exact = new ArrayList<>();
        for (String word : words) {
            boolean prefix = isPrefix(word);
            Set<Integer> a = new HashSet<>();
            Set<Integer> s = new HashSet<>();
            Set<Integer> e = new HashSet<>();
            for (String file : filesOf(word, prefix)) {
                for (Map.Entry<String, Object> entry : shard(file).entrySet()) {
                    if (prefix ? entry.getKey().startsWith(word) : entry.getKey().equals(word)) {
                        String[] lists = ((String) entry.getValue()).split("\\|");
                        a.addAll(ids(lists[0]));
                        if (lists.length > 1) {
                            s.addAll(ids(lists[1]));
                        }
                        if (entry.getKey().equals(word)) {
                            e.addAll(ids(lists[0]));
                        }
                    }
                }
            }
            all.add(a);
            strong.add(s);
            exact.add(e);
        }
        Map<Integer, Double> scores = new HashMap<>();
        for (int id : all.get(0)) {
            double score = 0;
            boolean everywhere = true;
            for (int i = 0; i < all.size() && everywhere; i++) {
                everywhere = all.get(i).contains(id);
                score += (strong.get(i).contains(id) ? 3 : 1) * (exact.get(i).contains(id) ? 1 : 0.5)
                        * Math.log(1 + (double) n / all.get(i).size());
            }
            if (everywhere) {
                scores.put(id, score);
            }
        }
        List<Integer> ranked = new ArrayList<>(scores.keySet());
        ranked.sort((a, b) -> scores.get(b).equals(scores.get(a)) ? b - a : Double.compare(scores.get(b), scores.get(a)));
        return ranked;
    }

    /** As the script: three letters or more are a prefix, and so is one Chinese, Japanese or Korean letter. */
    private static boolean isPrefix(String word) {
        int letters = word.codePointCount(0, word.length());
        return isPaired(word.codePointAt(0)) ? letters == 1 : letters >= 3;
    }

    /** Whether the letter is one the index takes in pairs (Terms.isPaired, which the bench cannot depend on). */
    private static boolean isPaired(int c) {
        if (c == 0x30fc || c == 0xff70 || c == 0xff9e || c == 0xff9f) {
            return true;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    private List<String> filesOf(String word, boolean prefix) {
        List<String> found = new ArrayList<>();
        for (int end = word.length(); end > 0; end--) {
            if (prefixes.contains(word.substring(0, end))) {
                found.add(word.substring(0, end));
                break;
            }
        }
        if (prefix) {
            prefixes.stream().filter(p -> p.length() > word.length() && p.startsWith(word)).sorted()
                    .limit(Math.max(0, 5 - found.size())).forEach(found::add);
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> shard(String prefix) throws IOException {
        Map<String, Object> shard = shards.get(prefix);
        if (shard == null) {
            shard = (Map<String, Object>) Json.parse(Files.readString(search.resolve("t/" + fileName(prefix) + ".json")));
            shards.put(prefix, shard);
        }
        return shard;
    }

    private static String fileName(String prefix) {
        if (prefix.matches("[a-z0-9]+")) {
            return prefix;
        }
        StringBuilder hex = new StringBuilder("_");
        for (byte b : prefix.getBytes(StandardCharsets.UTF_8)) {
            hex.append(String.format("%02x", b & 0xff));
        }
        return hex.toString();
    }

    private static List<Integer> ids(String encoded) {
        List<Integer> ids = new ArrayList<>();
        if (encoded.startsWith("~")) {
            byte[] bits = java.util.Base64.getUrlDecoder().decode(encoded.substring(1));
            for (int i = 0; i < bits.length * 8; i++) {
                if ((bits[i >> 3] & (1 << (i & 7))) != 0) {
                    ids.add(i);
                }
            }
        } else if (!encoded.isEmpty()) {
            int last = 0;
            for (String gap : encoded.split(",")) {
                last += Integer.parseInt(gap, 36);
                ids.add(last);
            }
        }
        return ids;
    }

    /** Just enough JSON for the index's files: objects, arrays, strings and numbers. */
    static final class Json {
        private final String text;
        private int at;

        private Json(String text) {
            this.text = text;
        }

        static Object parse(String text) {
            return new Json(text).value();
        }

        private Object value() {
            skip();
            char c = text.charAt(at);
            if (c == '{') {
                Map<String, Object> map = new LinkedHashMap<>();
                at++;
                skip();
                if (text.charAt(at) == '}') {
                    at++;
                    return map;
                }
                while (true) {
                    skip();
                    String key = string();
                    skip();
                    at++; // ':'
                    map.put(key, value());
                    skip();
                    if (text.charAt(at++) == '}') {
                        return map;
                    }
                }
            }
            if (c == '[') {
                List<Object> list = new ArrayList<>();
                at++;
                skip();
                if (text.charAt(at) == ']') {
                    at++;
                    return list;
                }
                while (true) {
                    list.add(value());
                    skip();
                    if (text.charAt(at++) == ']') {
                        return list;
                    }
                }
            }
            if (c == '"') {
                return string();
            }
            int start = at;
            while (at < text.length() && "-+.0123456789eE".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            return Long.parseLong(text.substring(start, at));
        }

        private String string() {
            StringBuilder s = new StringBuilder();
            at++;
            while (true) {
                char c = text.charAt(at++);
                if (c == '"') {
                    return s.toString();
                }
                if (c == '\\') {
                    char e = text.charAt(at++);
                    switch (e) {
                        case 'n' -> s.append('\n');
                        case 't' -> s.append('\t');
                        case 'r' -> s.append('\r');
                        case 'b' -> s.append('\b');
                        case 'f' -> s.append('\f');
                        case 'u' -> {
                            s.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                            at += 4;
                        }
                        default -> s.append(e);
                    }
                } else {
                    s.append(c);
                }
            }
        }

        private void skip() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
    }
}
