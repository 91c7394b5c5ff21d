package news.parley.core.model;

import java.util.List;

/**
 * A head of state, minister or organisation that articles feature.
 *
 * @param id      the file name without {@code .md}; also the actor's URL segment
 * @param country home country code in lower case, or null for international bodies
 * @param organization whether it is a body (a government, a forum, an agency) rather than a person
 * @param bio     the Markdown biography
 * @param image   the portrait, or null
 * @param redirectFrom paths of the site that used to serve the actor's page
 */
public record Actor(String id, String path, String name, List<String> aliases, String country, String role,
                    boolean organization, String bio, int bioLine, ImageRef image,
                    List<Redirect> redirectFrom) {

    public Actor {
        aliases = List.copyOf(aliases);
        redirectFrom = List.copyOf(redirectFrom);
    }
}
