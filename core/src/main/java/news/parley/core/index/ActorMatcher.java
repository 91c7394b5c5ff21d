package news.parley.core.index;

import news.parley.core.model.Actor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds actor names and aliases in running text with one trie over every name, taking the longest
 * whole-word match at each position: "Mohammed bin Zayed Al Nahyan" wins over "Mohammed bin Zayed".
 * Matching is case-sensitive, as names are proper nouns ("Trump" is not "trump card").
 */
public final class ActorMatcher implements MentionFinder {

    /** A name or alias found at {@code [start, end)} of the text, with every actor it may denote. */
    public record Match(int start, int end, String surface, Candidates candidates) {
    }

    /**
     * The actors a surface string may denote: the one whose full name it is, or those sharing it as
     * an alias (ambiguous when more than one).
     */
    public record Candidates(String fullNameOf, List<String> aliasOf) {
        public Candidates {
            aliasOf = List.copyOf(aliasOf);
        }
    }

    private static final class Node {
        final Map<Character, Node> next = new HashMap<>();
        Candidates candidates;
    }

    private final Node root = new Node();

    public ActorMatcher(Collection<Actor> actors) {
        this(actors, List.of());
    }

    /**
     * Names and aliases of {@code own} and of {@code fallback}, the same or other actors as another language
     * names them: a surface that is the full name of one actor in each means the one in {@code own}.
     */
    public ActorMatcher(Collection<Actor> own, Collection<Actor> fallback) {
        candidates(own, fallback, surface -> surface.isBlank() ? null : surface).forEach((surface, candidates) -> {
            Node node = root;
            for (int i = 0; i < surface.length(); i++) {
                node = node.next.computeIfAbsent(surface.charAt(i), c -> new Node());
            }
            node.candidates = candidates;
        });
    }

    /**
     * The candidates of every name and alias of {@code own} and {@code fallback}, under {@code key} of its
     * surface (null to leave it out), so that two spellings with one key are one name.
     */
    static Map<String, Candidates> candidates(Collection<Actor> own, Collection<Actor> fallback,
                                              Function<String, String> key) {
        Map<String, String> fullNames = new LinkedHashMap<>();
        Map<String, Set<String>> aliases = new LinkedHashMap<>();
        // Own names are put last so that they replace the fallback's.
        for (Actor actor : fallback) {
            putIfKeyed(fullNames, key.apply(actor.name()), actor.id());
        }
        for (Actor actor : own) {
            putIfKeyed(fullNames, key.apply(actor.name()), actor.id());
        }
        for (Collection<Actor> actors : List.of(own, fallback)) {
            for (Actor actor : actors) {
                for (String alias : actor.aliases()) {
                    String k = key.apply(alias);
                    if (k != null) {
                        aliases.computeIfAbsent(k, a -> new LinkedHashSet<>()).add(actor.id());
                    }
                }
            }
        }
        Map<String, Candidates> candidates = new LinkedHashMap<>();
        // A full name is unique and so never ambiguous, even where another actor uses it as an alias.
        fullNames.forEach((k, id) -> candidates.put(k, new Candidates(id, List.of())));
        aliases.forEach((k, ids) -> candidates.putIfAbsent(k, new Candidates(null, List.copyOf(ids))));
        return candidates;
    }

    private static void putIfKeyed(Map<String, String> fullNames, String key, String id) {
        if (key != null) {
            fullNames.put(key, id);
        }
    }

    /** Every non-overlapping whole-word match in {@code text}, left to right, longest first. */
    @Override
    public List<Match> find(CharSequence text) {
        List<Match> matches = new ArrayList<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            if (i > 0 && isWordChar(text.charAt(i - 1)) || !root.next.containsKey(text.charAt(i))) {
                i++;
                continue;
            }
            Node node = root;
            int end = -1;
            Candidates found = null;
            for (int j = i; j < length; j++) {
                node = node.next.get(text.charAt(j));
                if (node == null) {
                    break;
                }
                if (node.candidates != null && (j + 1 == length || !isWordChar(text.charAt(j + 1)))) {
                    end = j + 1;
                    found = node.candidates;
                }
            }
            if (found != null) {
                matches.add(new Match(i, end, text.subSequence(i, end).toString(), found));
                i = end;
            } else {
                i++;
            }
        }
        return matches;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
