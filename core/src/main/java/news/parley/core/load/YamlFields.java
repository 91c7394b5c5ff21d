package news.parley.core.load;

import news.parley.core.problem.Problem;
import news.parley.core.problem.Problems;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A YAML mapping read through SnakeYAML Engine's node tree, which keeps every value's position, so
 * that a wrong field is reported at its own line. Values are read as the text the editor wrote and
 * converted here, which keeps YAML's implicit typing (a {@code no} that becomes false, a date that
 * loses its offset) out of the content model.
 */
final class YamlFields {
    private final String path;
    private final int lineOffset;
    private final Problems problems;
    private final Map<String, NodeTuple> fields = new LinkedHashMap<>();
    private final int line;

    private YamlFields(String path, int lineOffset, Problems problems, MappingNode node) {
        this.path = path;
        this.lineOffset = lineOffset;
        this.problems = problems;
        this.line = lineOf(node);
        for (NodeTuple tuple : node.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                if (fields.putIfAbsent(key.getValue(), tuple) != null) {
                    error(tuple.getKeyNode(), "'" + key.getValue() + "' is given twice");
                }
            } else {
                error(tuple.getKeyNode(), "a key must be a plain name");
            }
        }
    }

    /**
     * Parses {@code yaml} that starts on file line {@code firstLine}; an empty document is an empty
     * mapping. Returns empty, with a problem recorded, when the text is not a YAML mapping.
     */
    static Optional<YamlFields> parse(String path, String yaml, int firstLine, Problems problems) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(path)
                .setAllowDuplicateKeys(true) // reported by us, with both lines in view
                .setMaxAliasesForCollections(50)
                .setCodePointLimit(1 << 20)
                .build();
        Node root;
        try {
            root = new Compose(settings).composeString(yaml).orElse(null);
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            int line = mark == null ? firstLine : firstLine + mark.getLine();
            int column = mark == null ? 1 : mark.getColumn() + 1;
            problems.add(Problem.error(path, line, column, "invalid YAML: " + e.getProblem()));
            return Optional.empty();
        } catch (YamlEngineException e) {
            problems.add(Problem.error(path, firstLine, 1, "invalid YAML: " + e.getMessage()));
            return Optional.empty();
        }
        int offset = firstLine - 1;
        if (root == null) {
            return Optional.of(new YamlFields(path, offset, problems,
                    new MappingNode(org.snakeyaml.engine.v2.nodes.Tag.MAP, List.of(),
                            org.snakeyaml.engine.v2.common.FlowStyle.AUTO)));
        }
        if (!(root instanceof MappingNode mapping)) {
            problems.add(Problem.error(path, firstLine + markLine(root), 1,
                    "expected 'key: value' lines, found " + describe(root)));
            return Optional.empty();
        }
        return Optional.of(new YamlFields(path, offset, problems, mapping));
    }

    /** The keys, in the order written. */
    Set<String> keys() {
        return java.util.Collections.unmodifiableSet(fields.keySet());
    }

    boolean has(String key) {
        return fields.containsKey(key) && !isNull(fields.get(key).getValueNode());
    }

    /** The line of a key, or of the mapping when the key is absent: where to point an editor. */
    int lineOf(String key) {
        NodeTuple tuple = fields.get(key);
        return tuple == null ? line : lineOf(tuple.getKeyNode());
    }


    /** Reports keys that are not among {@code known}: usually a typo that would otherwise be ignored. */
    void warnUnknown(Set<String> known) {
        for (Map.Entry<String, NodeTuple> entry : fields.entrySet()) {
            if (!known.contains(entry.getKey())) {
                problems.add(Problem.warning(path, lineOf(entry.getValue().getKeyNode()), 1,
                        "unknown field '" + entry.getKey() + "' is ignored (known: " + String.join(", ", sorted(known)) + ")"));
            }
        }
    }

    String string(String key) {
        Node node = value(key);
        if (node == null) {
            return null;
        }
        if (node instanceof ScalarNode scalar) {
            return SourceText.stripControls(scalar.getValue()).strip();
        }
        error(node, "'" + key + "' must be text, found " + describe(node));
        return null;
    }

    String requiredString(String key) {
        String value = string(key);
        if (value == null && !fields.containsKey(key)) {
            problems.add(Problem.error(path, line, 1, "missing required field '" + key + "'"));
        } else if (value != null && value.isEmpty()) {
            error(value(key), "'" + key + "' must not be empty");
            return null;
        } else if (value == null && isNull(fields.get(key).getValueNode())) {
            error(fields.get(key).getValueNode(), "'" + key + "' must not be empty");
        }
        return value;
    }

    /** A list of text; a single value is accepted as a list of one, as editors often write it. */
    List<String> strings(String key) {
        Node node = value(key);
        if (node == null) {
            return List.of();
        }
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue().isBlank() ? List.of() : List.of(scalar.getValue().strip());
        }
        if (node instanceof SequenceNode sequence) {
            List<String> values = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                if (item instanceof ScalarNode scalar) {
                    values.add(SourceText.stripControls(scalar.getValue()).strip());
                } else {
                    error(item, "each item of '" + key + "' must be text, found " + describe(item));
                }
            }
            return values;
        }
        error(node, "'" + key + "' must be a list such as [a, b], found " + describe(node));
        return List.of();
    }

    /** Each item of a list with its own line, for checks that point at one item. */
    List<Positioned> positionedStrings(String key) {
        Node node = value(key);
        List<String> values = strings(key);
        List<Positioned> out = new ArrayList<>();
        if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                if (item instanceof ScalarNode scalar) {
                    out.add(new Positioned(SourceText.stripControls(scalar.getValue()).strip(), lineOf(item), columnOf(item)));
                }
            }
        } else if (node != null && !values.isEmpty()) {
            out.add(new Positioned(values.get(0), lineOf(node), columnOf(node)));
        }
        return out;
    }

    /** Reports an error at one item of a list. */
    void errorAt(Positioned item, String message) {
        problems.add(Problem.error(path, item.line(), item.column(), message));
    }

    /** Where a key's value starts (its line and column), or the key's line when it has none. */
    Positioned positioned(String key, String value) {
        Node node = value(key);
        return node == null ? new Positioned(value, lineOf(key), 1) : new Positioned(value, lineOf(node), columnOf(node));
    }

    boolean bool(String key, boolean fallback) {
        String value = string(key);
        if (value == null) {
            return fallback;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> {
                error(value(key), "'" + key + "' must be true or false, found '" + value + "'");
                yield fallback;
            }
        };
    }

    int integer(String key, int fallback, int min, int max) {
        String value = string(key);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value);
            if (number < min || number > max) {
                error(value(key), "'" + key + "' must be between " + min + " and " + max + ", found " + number);
                return fallback;
            }
            return number;
        } catch (NumberFormatException e) {
            error(value(key), "'" + key + "' must be a whole number, found '" + value + "'");
            return fallback;
        }
    }

    /**
     * An ISO-8601 date-time with an offset ({@code 2025-06-20T18:00:00+03:00}), or a date alone
     * ({@code 2025-06-20}), which means midnight in the site's time zone.
     */
    OffsetDateTime dateTime(String key, ZoneId zone) {
        String value = string(key);
        if (value == null) {
            return null;
        }
        try {
            OffsetDateTime date = value.length() == 10 ? LocalDate.parse(value).atStartOfDay(zone).toOffsetDateTime()
                    : OffsetDateTime.parse(value.replace(' ', 'T'));
            if (date.getYear() < 1 || date.getYear() > 9999) {
                error(value(key), "'" + key + "' must be a year from 1 to 9999, found '" + value + "'");
                return null;
            }
            return date;
        } catch (DateTimeException e) {
            error(value(key), "'" + key + "' must be an ISO-8601 date (2025-06-20) or date-time with offset"
                    + " (2025-06-20T18:00:00+03:00), found '" + value + "'");
            return null;
        }
    }

    /** The mappings a list holds ({@code - date: ...}), each to read on its own; anything else is an error. */
    List<YamlFields> mappings(String key) {
        Node node = value(key);
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            error(node, "'" + key + "' must be a list of entries, each on a line starting with '- '");
            return List.of();
        }
        List<YamlFields> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (item instanceof MappingNode mapping) {
                items.add(new YamlFields(path, lineOffset, problems, mapping));
            } else {
                error(item, "each of '" + key + "' must be a mapping of 'key: value' lines, found " + describe(item));
            }
        }
        return items;
    }

    /** The line this mapping starts on. */
    int line() {
        return line;
    }

    Optional<YamlFields> mapping(String key) {
        Node node = value(key);
        if (node == null) {
            return Optional.empty();
        }
        if (node instanceof MappingNode mapping) {
            return Optional.of(new YamlFields(path, lineOffset, problems, mapping));
        }
        error(node, "'" + key + "' must be a mapping of 'key: value' lines, found " + describe(node));
        return Optional.empty();
    }

    void error(String key, String message) {
        NodeTuple tuple = fields.get(key);
        problems.add(Problem.error(path, tuple == null ? line : lineOf(tuple.getValueNode()),
                tuple == null ? 1 : columnOf(tuple.getValueNode()), message));
    }


    private Node value(String key) {
        NodeTuple tuple = fields.get(key);
        return tuple == null || isNull(tuple.getValueNode()) ? null : tuple.getValueNode();
    }

    private void error(Node node, String message) {
        problems.add(Problem.error(path, lineOf(node), columnOf(node), message));
    }

    private int lineOf(Node node) {
        return lineOffset + 1 + markLine(node);
    }

    private static int columnOf(Node node) {
        return node.getStartMark().map(m -> m.getColumn() + 1).orElse(1);
    }

    private static int markLine(Node node) {
        return node.getStartMark().map(Mark::getLine).orElse(0);
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar
                && scalar.getTag().equals(org.snakeyaml.engine.v2.nodes.Tag.NULL)
                || node instanceof ScalarNode s && s.isPlain() && (s.getValue().isEmpty() || s.getValue().equals("~")
                || s.getValue().equals("null"));
    }

    private static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return "'" + ((ScalarNode) node).getValue() + "'";
    }

    private static List<String> sorted(Set<String> keys) {
        return keys.stream().sorted().toList();
    }

    record Positioned(String value, int line, int column) {
    }
}
