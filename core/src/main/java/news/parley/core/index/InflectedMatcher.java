package news.parley.core.index;

import news.parley.core.index.ActorMatcher.Candidates;
import news.parley.core.index.ActorMatcher.Match;
import news.parley.core.language.Clitics;
import news.parley.core.language.WordForms;
import news.parley.core.language.Words;
import news.parley.core.model.Actor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds names in articles of languages that change them in running text: Russian and Ukrainian decline
 * every word (Владимира Путина), Arabic and Hebrew join "and", "in", "to" to the first (ونتنياهو,
 * ובנתניהו), and with Persian they spell one letter several ways. Names and text are compared word by
 * word: every form of a name's word is mapped to the word as the name has it, and a trie of those words
 * finds the longest name, so that a name of several words costs the forms of each word rather than their
 * product. Everything is built in the constructor; {@link #find} only reads it, from any thread.
 */
public final class InflectedMatcher implements MentionFinder {

    private static final class Node {
        /** The name's next word, by the gap before it (none before the first) and then by its canonical form. */
        final Map<String, Map<String, Node>> next = new HashMap<>();
        Candidates candidates;
    }

    /** A name as matching sees it: its words' canonical forms, each with the gap before it. */
    private record Name(List<String> words, List<String> gaps, String key) {
    }

    private final WordForms language;
    /** Every form of a word of some name, to the canonical words it may be (Захарову: Захаров, Захарова). */
    private final Map<String, List<String>> canonical;
    private final Map<String, Node> firstWords;

    /** Whether {@code language}, a BCP 47 tag, is one that this matcher has rules for (ru, uk, ar, fa, he). */
    public static boolean supports(String language) {
        return WordForms.of(language) != null;
    }

    /**
     * The finder for articles in {@code language} (one that {@link #supports}) over the names and aliases of
     * {@code own} and then of {@code fallback}; a full name in {@code own} wins over the same in
     * {@code fallback}.
     */
    public InflectedMatcher(String language, Collection<Actor> own, Collection<Actor> fallback) {
        WordForms forms = WordForms.of(language);
        if (forms == null) {
            throw new IllegalArgumentException("no rules for names in language '" + language + "'");
        }
        this.language = forms;
        Map<String, Name> names = new HashMap<>();
        Map<String, Candidates> byName = ActorMatcher.candidates(own, fallback, surface -> {
            Name name = name(surface);
            if (name == null) {
                return null;
            }
            names.putIfAbsent(name.key(), name);
            return name.key();
        });
        Node root = new Node();
        Map<String, Set<String>> wordsOfForm = new LinkedHashMap<>();
        byName.forEach((key, candidates) -> {
            Name name = names.get(key);
            Node node = root;
            for (int k = 0; k < name.words().size(); k++) {
                String word = name.words().get(k);
                node = node.next.computeIfAbsent(name.gaps().get(k), g -> new HashMap<>())
                        .computeIfAbsent(word, w -> new Node());
                wordsOfForm.computeIfAbsent(word, f -> new LinkedHashSet<>()).add(word);
                for (String form : forms.declensions(word)) {
                    wordsOfForm.computeIfAbsent(form, f -> new LinkedHashSet<>()).add(word);
                }
            }
            node.candidates = candidates;
        });
        Map<String, List<String>> canonical = new HashMap<>();
        wordsOfForm.forEach((form, words) -> canonical.put(form, List.copyOf(words)));
        this.canonical = canonical;
        this.firstWords = root.next.getOrDefault("", Map.of());
    }

    /** {@code surface} split into words as text is, or null when it has none. */
    private Name name(String surface) {
        int[] bounds = Words.split(surface, language.apostrophesInWords());
        if (bounds.length == 0) {
            return null;
        }
        List<String> words = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        StringBuilder key = new StringBuilder();
        for (int k = 0; k < bounds.length; k += 2) {
            String gap = k == 0 ? "" : Words.gap(surface, bounds[k - 1], bounds[k]);
            String word = language.normalize(surface, bounds[k], bounds[k + 1]);
            gaps.add(gap);
            words.add(word);
            // Gaps hold no word characters, but a separator keeps the key plain to read and unambiguous.
            key.append(gap).append('\0').append(word).append('\0');
        }
        return new Name(List.copyOf(words), List.copyOf(gaps), key.toString());
    }

    @Override
    public List<Match> find(CharSequence text) {
        return new Scan(text).matches();
    }

    /** One call of {@link #find}: the words of its text, read once each, and the best match so far. */
    private final class Scan {
        private final CharSequence text;
        private final int[] bounds;
        private final int count;
        private final String[] normal;
        private final List<List<String>> words;
        private int bestLast;
        private int bestPrefix;
        private final List<Candidates> tied = new ArrayList<>(2);

        Scan(CharSequence text) {
            this.text = text;
            this.bounds = Words.split(text, language.apostrophesInWords());
            this.count = bounds.length / 2;
            this.normal = new String[count];
            this.words = new ArrayList<>(count);
            for (int k = 0; k < count; k++) {
                words.add(null);
            }
        }

        List<Match> matches() {
            List<Match> matches = new ArrayList<>();
            int i = 0;
            while (i < count) {
                bestLast = -1;
                bestPrefix = Integer.MAX_VALUE;
                tied.clear();
                for (String word : wordsAt(i)) {
                    Node node = firstWords.get(word);
                    if (node != null) {
                        walk(node, i, 0, Integer.MAX_VALUE);
                    }
                }
                for (Clitics.Stripped stripped : language.prefixes(normalAt(i))) {
                    for (String word : canonical.getOrDefault(stripped.rest(), List.of())) {
                        Node node = firstWords.get(word);
                        if (node != null) {
                            walk(node, i, stripped.letters(), stripped.rest().length());
                        }
                    }
                }
                if (bestLast < 0) {
                    i++;
                    continue;
                }
                int start = bounds[2 * i];
                int end = bounds[2 * bestLast + 1];
                matches.add(new Match(start, end, text.subSequence(start, end).toString(), merged()));
                i = bestLast + 1;
            }
            return matches;
        }

        /**
         * Follows the name words from {@code node}, reached at word {@code last} of the text with
         * {@code prefix} letters stripped before its first word and {@code rest} letters of that word left.
         */
        private void walk(Node node, int last, int prefix, int rest) {
            // Prefix letters before a single letter would make names of everyday words (ו+ה, و+ب).
            if (node.candidates != null && (prefix == 0 || rest >= 2)) {
                consider(last, prefix, node.candidates);
            }
            if (node.next.isEmpty() || last + 1 == count) {
                return;
            }
            List<String> following = wordsAt(last + 1);
            if (following.isEmpty()) {
                return;
            }
            int from = bounds[2 * last + 1];
            int to = bounds[2 * last + 2];
            for (Map.Entry<String, Map<String, Node>> byGap : node.next.entrySet()) {
                if (Words.sameGap(text, from, to, byGap.getKey())) {
                    for (String word : following) {
                        Node child = byGap.getValue().get(word);
                        if (child != null) {
                            walk(child, last + 1, prefix, Integer.MAX_VALUE);
                        }
                    }
                }
            }
        }

        /** More words win; then fewer prefix letters, so that שרון is Sharon before it is ש + Ron. */
        private void consider(int last, int prefix, Candidates candidates) {
            if (last > bestLast || last == bestLast && prefix < bestPrefix) {
                bestLast = last;
                bestPrefix = prefix;
                tied.clear();
                tied.add(candidates);
            } else if (last == bestLast && prefix == bestPrefix && !tied.contains(candidates)) {
                tied.add(candidates);
            }
        }

        /**
         * One set of candidates for words that read as several names alike (Захарову, the accusative of
         * Захарова and the dative of Захаров): as with one name, a full name outweighs an alias, and two
         * actors stay ambiguous, for the article's front matter to settle.
         */
        private Candidates merged() {
            if (tied.size() == 1) {
                return tied.get(0);
            }
            Set<String> fullNames = new LinkedHashSet<>();
            Set<String> aliases = new LinkedHashSet<>();
            for (Candidates candidates : tied) {
                if (candidates.fullNameOf() != null) {
                    fullNames.add(candidates.fullNameOf());
                }
                aliases.addAll(candidates.aliasOf());
            }
            if (fullNames.size() == 1) {
                return new Candidates(fullNames.iterator().next(), List.of());
            }
            return new Candidates(null, List.copyOf(fullNames.isEmpty() ? aliases : fullNames));
        }

        private String normalAt(int k) {
            if (normal[k] == null) {
                normal[k] = language.normalize(text, bounds[2 * k], bounds[2 * k + 1]);
            }
            return normal[k];
        }

        private List<String> wordsAt(int k) {
            List<String> canonicalWords = words.get(k);
            if (canonicalWords == null) {
                canonicalWords = canonical.getOrDefault(normalAt(k), List.of());
                words.set(k, canonicalWords);
            }
            return canonicalWords;
        }
    }
}
