package news.parley.core.index;

import news.parley.core.model.Article;

import java.util.List;

/**
 * Decides which actor a matched name means within one article. A full name means its actor. An
 * alias shared by several actors means the one of them the article's front matter lists, if exactly
 * one; otherwise nobody, and the editor is warned.
 */
public final class MentionResolver {
    private MentionResolver() {
    }

    /** The actor id the match denotes in {@code article}, or null when it stays ambiguous. */
    public static String resolve(ActorMatcher.Match match, Article article) {
        ActorMatcher.Candidates candidates = match.candidates();
        if (candidates.fullNameOf() != null) {
            return candidates.fullNameOf();
        }
        List<String> aliasOf = candidates.aliasOf();
        if (aliasOf.size() == 1) {
            return aliasOf.get(0);
        }
        List<String> listed = aliasOf.stream().filter(article.actors()::contains).toList();
        return listed.size() == 1 ? listed.get(0) : null;
    }
}
