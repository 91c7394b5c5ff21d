package news.parley.engine.cache;

import news.parley.core.model.ArticleBody;
import news.parley.core.problem.Problem;

import java.util.List;

/** An article's body as the cache keeps it: its HTML in the pack, the rest at hand. */
record StoredBody(Span html, String summary, List<String> mentioned, List<ArticleBody.BodyLink> links,
                  List<Problem> warnings) {

    StoredBody at(Span moved) {
        return new StoredBody(moved, summary, mentioned, links, warnings);
    }
}
