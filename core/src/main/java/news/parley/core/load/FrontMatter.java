package news.parley.core.load;

import news.parley.core.problem.Problem;

/**
 * A content file split at its {@code ---} lines. Parley splits the file itself, rather than through
 * flexmark's front-matter extension, so that YAML errors keep the file's own line numbers.
 *
 * @param yamlLine the file line on which the YAML starts
 * @param bodyLine the file line on which the Markdown body starts
 */
record FrontMatter(String yaml, int yamlLine, String body, int bodyLine) {

    /** Splits {@code text}; a file without front matter, or with an unterminated one, is a problem. */
    static Result split(String path, String text) {
        if (!text.startsWith("---\n") && !text.equals("---") && !text.startsWith("--- \n")) {
            return new Result(null, Problem.error(path, 1, 1,
                    "missing front matter: the file must start with a line '---', then YAML, then '---'"));
        }
        int yamlStart = text.indexOf('\n') + 1;
        int line = 2;
        int pos = yamlStart;
        while (pos > 0 && pos <= text.length()) {
            int end = text.indexOf('\n', pos);
            String current = end < 0 ? text.substring(pos) : text.substring(pos, end);
            if (current.stripTrailing().equals("---")) {
                String yaml = text.substring(yamlStart, pos);
                String body = end < 0 ? "" : text.substring(end + 1);
                return new Result(new FrontMatter(yaml, 2, body, line + 1), null);
            }
            if (end < 0) {
                break;
            }
            pos = end + 1;
            line++;
        }
        return new Result(null, Problem.error(path, 1, 1,
                "unterminated front matter: no closing '---' line after the opening one"));
    }

    record Result(FrontMatter frontMatter, Problem problem) {
    }
}
