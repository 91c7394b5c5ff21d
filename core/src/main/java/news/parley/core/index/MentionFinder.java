package news.parley.core.index;

import news.parley.core.model.Actor;

import java.util.Collection;
import java.util.List;

/** Finds the names and aliases of actors in the running text of articles in one language. */
public interface MentionFinder {

    /** Every non-overlapping match in text, left to right, longest first; surface = the text exactly as written. */
    List<ActorMatcher.Match> find(CharSequence text);

    /**
     * The finder for articles in {@code language} (a BCP 47 tag such as "ru" or "ar-EG"): names and aliases of
     * {@code own} (the actors as that language's files name them) and then of {@code fallback} (the default
     * language's; may be empty, and may hold the same actors under other names). A full name in either list
     * means its actor; if one surface is the full name of an actor in {@code own} and of another in
     * {@code fallback}, {@code own} wins. For ru, uk, ar, fa, he it is an {@link InflectedMatcher}; for any
     * other language an {@link ActorMatcher}, which behaves exactly as {@code new ActorMatcher(own)} when
     * {@code fallback} is empty.
     */
    static MentionFinder of(String language, Collection<Actor> own, Collection<Actor> fallback) {
        return InflectedMatcher.supports(language) ? new InflectedMatcher(language, own, fallback)
                : new ActorMatcher(own, fallback);
    }
}
