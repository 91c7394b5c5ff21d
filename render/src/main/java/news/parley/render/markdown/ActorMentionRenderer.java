package news.parley.render.markdown;

import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;

import java.util.Set;

final class ActorMentionRenderer implements NodeRenderer {
    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(ActorMention.class, (node, context, html) -> {
            html.attr("class", "actor").attr("href", node.href).attr("data-actor", node.actorId)
                    .withAttr().tag("a");
            context.renderChildren(node);
            html.tag("/a");
        }));
    }
}
