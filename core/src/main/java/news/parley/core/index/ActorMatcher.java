package news.parley.core.index;

import news.parley.core.model.Actor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds actor names and aliases in running text with one trie over every name, taking the longest
 * whole-word match at each position: "Mohammed bin Zayed Al Nahyan" wins over "Mohammed bin Zayed".
 * Matching is case-sensitive, as names are proper nouns ("Trump" is not "trump card").
 */
public final class ActorMatcher {

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
        Map<String, String> fullNames = new HashMap<>();
        Map<String, Set<String>> aliases = new HashMap<>();
        for (Actor actor : actors) {
            fullNames.put(actor.name(), actor.id());
            for (String alias : actor.aliases()) {
                aliases.computeIfAbsent(alias, a -> new LinkedHashSet<>()).add(actor.id());
            }
        }
        Set<String> surfaces = new LinkedHashSet<>(fullNames.keySet());
        surfaces.addAll(aliases.keySet());
        for (String surface : surfaces) {
            if (surface.isBlank()) {
                continue;
            }
            Node node = root;
            for (int i = 0; i < surface.length(); i++) {
                node = node.next.computeIfAbsent(surface.charAt(i), c -> new Node());
            }
            String fullName = fullNames.get(surface);
            // A full name is unique and so never ambiguous, even where another actor uses it as an alias.
            node.candidates = new Candidates(fullName,
                    fullName != null ? List.of() : List.copyOf(aliases.getOrDefault(surface, Set.of())));
        }
    }

    /** Every non-overlapping whole-word match in {@code text}, left to right, longest first. */
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
