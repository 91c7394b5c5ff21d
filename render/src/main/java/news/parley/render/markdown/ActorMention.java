package news.parley.render.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** The first mention of an actor in an article's text; renders as a link to the actor's page. */
final class ActorMention extends Node {
    final String actorId;
    final String href;

    ActorMention(BasedSequence chars, String actorId, String href) {
        super(chars);
        this.actorId = actorId;
        this.href = href;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
