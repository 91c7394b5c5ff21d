package news.parley.render.markdown;

import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;

/** Empties every link and image URL that {@link SafeUrls} does not allow; the text and alt text stay. */
final class SafeLinkResolver implements LinkResolver {
    @Override
    public ResolvedLink resolveLink(Node node, LinkResolverBasicContext context, ResolvedLink link) {
        return SafeUrls.isSafe(link.getUrl()) ? link : link.withUrl("").withStatus(LinkStatus.INVALID);
    }

    static final class Factory extends IndependentLinkResolverFactory {
        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            return new SafeLinkResolver();
        }
    }
}
