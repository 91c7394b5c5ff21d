package news.parley.core.load;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** URL segments: lowercase ASCII letters, digits and single hyphens, never {@code ..} or {@code /}. */
public final class Slugs {
    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

    private Slugs() {
    }

    public static boolean isValid(String slug) {
        return slug != null && VALID.matcher(slug).matches();
    }

    /** A slug from a file name such as {@code Élysée Talks.md}: accents dropped, the rest hyphenated. */
    public static String fromFileName(String fileName) {
        String stem = fileName.endsWith(".md") ? fileName.substring(0, fileName.length() - 3) : fileName;
        String ascii = MARKS.matcher(Normalizer.normalize(stem, Normalizer.Form.NFKD)).replaceAll("");
        String slug = NON_ALNUM.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
        return slug.replaceAll("^-+|-+$", "");
    }
}
