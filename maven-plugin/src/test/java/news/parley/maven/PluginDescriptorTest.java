package news.parley.maven;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plugin as Maven sees it: the descriptor maven-plugin-plugin made from the annotations. What a
 * pom's {@code <configuration>} or a {@code -Dparley.*} property can set, goal by goal.
 */
class PluginDescriptorTest {

    /** Each goal's parameters, by name, with the user property that sets them. */
    private static Map<String, Map<String, String>> goals() throws Exception {
        Document plugin;
        try (InputStream in = PluginDescriptorTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
            plugin = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        Map<String, Map<String, String>> goals = new LinkedHashMap<>();
        NodeList mojos = plugin.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            String goal = mojo.getElementsByTagName("goal").item(0).getTextContent();
            Map<String, String> parameters = new LinkedHashMap<>();
            Element configuration = (Element) mojo.getElementsByTagName("configuration").item(0);
            NodeList values = configuration == null ? null : configuration.getChildNodes();
            for (int j = 0; values != null && j < values.getLength(); j++) {
                if (values.item(j) instanceof Element value) {
                    parameters.put(value.getTagName(), value.getTextContent());
                }
            }
            NodeList phase = mojo.getElementsByTagName("phase");
            parameters.put("(phase)", phase.getLength() == 0 ? "" : phase.item(0).getTextContent());
            goals.put(goal, parameters);
        }
        return goals;
    }

    @Test
    void everyParameterIsSetByAParleyPropertyAndServeNeverTakesTheBuildsOutput() throws Exception {
        Map<String, Map<String, String>> goals = goals();
        assertThat(goals).containsOnlyKeys("build", "check", "serve", "help");
        // build runs in package by itself; check and serve only when asked for.
        assertThat(goals.get("build").remove("(phase)")).isEqualTo("package");
        assertThat(goals.get("check").remove("(phase)")).isEmpty();
        assertThat(goals.get("serve").remove("(phase)")).isEmpty();
        assertThat(goals.get("build")).containsOnlyKeys("source", "output", "drafts", "future", "now", "strict",
                "clean", "ping", "skip");
        assertThat(goals.get("check")).containsOnlyKeys("source", "drafts", "future", "now", "strict", "skip");
        // A plugin-wide <output> names the published site: the preview, drafts and all, must not go there.
        assertThat(goals.get("serve")).containsOnlyKeys("source", "drafts", "future", "now", "strict", "skip", "port",
                "previewOutput", "publishedOnly");
        List<String> properties = new ArrayList<>();
        for (String goal : List.of("build", "check", "serve")) {
            goals.get(goal).forEach((name, property) -> {
                assertThat(property).as(goal + " " + name).isEqualTo("${parley." + name + "}");
                properties.add(property);
            });
        }
        assertThat(properties).contains("${parley.skip}", "${parley.now}");
    }
}
