package news.parley.cli;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The starter site of {@code parley init}: the files of the Maven archetype {@code parley-archetype},
 * read from its jar, so that both make the same site. The archetype's descriptor names each file and
 * says which are filtered; filtering here replaces the few {@code ${name}} properties the archetype
 * would, and {@code __name__} in file names.
 */
final class StarterSite {
    private static final String ROOT = "archetype-resources/";
    private static final String DESCRIPTOR = "META-INF/maven/archetype-metadata.xml";
    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([A-Za-z]+)}");
    private static final Pattern IN_NAME = Pattern.compile("__([A-Za-z]+)__");

    /** One file to write: its path in the new site, its resource, and whether properties are replaced. */
    private record Template(String path, boolean filtered) {
    }

    private final List<Template> templates;
    private final Map<String, String> properties;

    private StarterSite(List<Template> templates, Map<String, String> properties) {
        this.templates = templates;
        this.properties = properties;
    }

    /** The starter with the archetype's default properties, then {@code groupId} and {@code artifactId}. */
    static StarterSite of(String groupId, String artifactId) {
        Document descriptor = descriptor();
        Map<String, String> properties = new LinkedHashMap<>();
        NodeList required = descriptor.getElementsByTagName("requiredProperty");
        for (int i = 0; i < required.getLength(); i++) {
            Element property = (Element) required.item(i);
            NodeList value = property.getElementsByTagName("defaultValue");
            properties.put(property.getAttribute("key"), value.getLength() == 0 ? "" : value.item(0).getTextContent());
        }
        properties.put("groupId", groupId);
        properties.put("artifactId", artifactId);
        properties.put("version", "1.0-SNAPSHOT");
        properties.put("package", groupId);
        List<Template> templates = new ArrayList<>();
        templates.add(new Template("pom.xml", true)); // the archetype always filters a project's pom
        NodeList fileSets = descriptor.getElementsByTagName("fileSet");
        for (int i = 0; i < fileSets.getLength(); i++) {
            Element fileSet = (Element) fileSets.item(i);
            boolean filtered = Boolean.parseBoolean(fileSet.getAttribute("filtered"));
            NodeList directory = fileSet.getElementsByTagName("directory");
            String folder = directory.getLength() == 0 ? "" : directory.item(0).getTextContent().strip();
            NodeList includes = fileSet.getElementsByTagName("include");
            for (int j = 0; j < includes.getLength(); j++) {
                String include = includes.item(j).getTextContent().strip();
                templates.add(new Template(folder.isEmpty() ? include : folder + "/" + include, filtered));
            }
        }
        return new StarterSite(List.copyOf(templates), Map.copyOf(properties));
    }

    /** Writes the site into {@code dir}, which must be empty or missing; returns the files' paths, as written. */
    List<Path> writeInto(Path dir) throws IOException {
        List<Path> written = new ArrayList<>();
        for (Template template : templates) {
            Path file = dir.resolve(replace(IN_NAME, template.path()));
            byte[] bytes = resource(ROOT + template.path());
            if (template.filtered()) {
                bytes = replace(PROPERTY, new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            }
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            written.add(file);
        }
        return written;
    }

    private String replace(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = properties.get(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : matcher.group()));
        }
        return matcher.appendTail(out).toString();
    }

    private static Document descriptor() {
        try (InputStream in = open(DESCRIPTOR)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newDocumentBuilder().parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the starter site's descriptor is unreadable", e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = open(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = StarterSite.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("the starter site's " + name + " is missing from Parley's jar");
        }
        return in;
    }
}
