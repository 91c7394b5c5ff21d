package news.parley.core.language;

import java.util.ArrayList;
import java.util.List;

/**
 * The case forms of one Russian or Ukrainian word of a name, made from its ending. Names are few and known
 * in advance, so their forms are listed once instead of each word of an article being stemmed: a stemmer
 * takes Лавра (a monastery) for a form of Лавров, and путина (the fishing season) for one of Путин.
 * Only the regular paradigms are here; a form that does not exist (Байденым) costs a map entry, as no
 * article writes it.
 */
public enum Declension {
    RUSSIAN,
    UKRAINIAN;

    private static final String CONSONANTS = "бвгджзклмнпрстфхцчшщґ";
    /** After these, Russian spelling writes и for ы. */
    private static final String VELARS_AND_SIBILANTS = "гкхжшчщ";
    /** After these, an unstressed о of an ending is written е. */
    private static final String SIBILANTS = "жшчщц";
    private static final String VOWELS = "аеиоуыэюяіїє";

    /**
     * The other case forms of {@code word}, a word as {@link Letters#cyrillic} leaves it; none for a word
     * that is not Cyrillic, for an initial, for an abbreviation in capitals (США, ООН, НАТО), and for a
     * word ending in о, у, ю, и, е or і, as foreign names (Шойгу, Токио) and surnames in -ко (Кличко) do
     * not decline. Neuter nouns in -ство, -ние and -тие are the exception, so that organisation names
     * decline whole (Исламского государства).
     */
    public List<String> forms(String word) {
        if (word.length() < 2 || !declinable(word)) {
            return List.of();
        }
        return this == RUSSIAN ? russian(word) : ukrainian(word);
    }

    private static boolean declinable(String word) {
        boolean lowerCase = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c != '\'' && !(Character.isLetter(c)
                    && Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)) {
                return false;
            }
            lowerCase |= Character.isLowerCase(c);
        }
        return lowerCase;
    }

    private static List<String> russian(String word) {
        if (word.endsWith("ый")) {
            return replace(word, 2, "ого", "ому", "ым", "ом");
        }
        if (word.endsWith("ой") || word.endsWith("ое")) {
            // Толстой, Исламское; Донской takes -им after its к.
            return replace(word, 2, "ого", "ому", "ым", "им", "ом");
        }
        if (word.endsWith("ий")) {
            // The ending alone cannot tell the adjective (Зеленский) from the noun (Дмитрий): both paradigms.
            List<String> forms = replace(word, 2, "ого", "ому", "им", "ом", "ия", "ию", "ием", "ии");
            if (word.length() > 2 && "нжшчщ".indexOf(word.charAt(word.length() - 3)) >= 0) {
                // Soft and hushing stems: Верхний, Верхнего.
                forms.addAll(replace(word, 2, "его", "ему", "ем"));
            }
            return forms;
        }
        if (word.endsWith("ая")) {
            return replace(word, 2, "ой", "ую", "ою");
        }
        if (word.endsWith("яя")) {
            return replace(word, 2, "ей", "юю", "ею");
        }
        if (word.endsWith("ство")) {
            return replace(word, 1, "а", "у", "ом", "е");
        }
        if (word.endsWith("ние") || word.endsWith("тие")) {
            return replace(word, 1, "я", "ю", "ем", "и");
        }
        char last = Character.toLowerCase(word.charAt(word.length() - 1));
        char before = Character.toLowerCase(word.charAt(word.length() - 2));
        switch (last) {
            case 'й':
                return replace(word, 1, "я", "ю", "ем", "е");
            case 'а': {
                List<String> forms = replace(word, 1, "ы", "е", "у", "ой", "ою");
                if (VELARS_AND_SIBILANTS.indexOf(before) >= 0) {
                    forms.addAll(replace(word, 1, "и"));
                }
                if (SIBILANTS.indexOf(before) >= 0) {
                    forms.addAll(replace(word, 1, "ей", "ею"));
                }
                return forms;
            }
            case 'я':
                // Мария has Марии where Таня has Тане.
                return before == 'и' ? replace(word, 1, "и", "ю", "ей", "ею")
                        : replace(word, 1, "и", "ю", "ей", "ею", "е");
            case 'ь':
                return replace(word, 1, "я", "ю", "ем", "е", "и", "ью");
            default:
                if (CONSONANTS.indexOf(last) < 0) {
                    return List.of();
                }
                // -ым for Russian surnames (Путиным), -ом for other nouns (Байденом).
                List<String> forms = replace(word, 0, "а", "у", "ым", "ом", "е");
                if (SIBILANTS.indexOf(last) >= 0) {
                    forms.addAll(replace(word, 0, "ем"));
                }
                return forms;
        }
    }

    private static List<String> ukrainian(String word) {
        if (word.endsWith("ий") || word.endsWith("ой")) {
            return replace(word, 2, "ого", "ому", "им", "ім");
        }
        if (word.endsWith("ій")) {
            // Андрій is a noun, Синій an adjective.
            return replace(word, 2, "ія", "ію", "ієм", "ії", "ього", "ьому", "ім");
        }
        if (word.endsWith("ство")) {
            return replace(word, 1, "а", "у", "ом", "і");
        }
        char last = Character.toLowerCase(word.charAt(word.length() - 1));
        char before = Character.toLowerCase(word.charAt(word.length() - 2));
        switch (last) {
            case 'й':
                return replace(word, 1, "я", "ю", "єм", "ї");
            case 'а':
                // Feminine surnames in -ова and -ська decline as adjectives: Венедіктової, Венедіктовій.
                return replace(word, 1, "и", "і", "у", "ою", "ої", "ій");
            case 'я':
                // After a vowel or apostrophe, і and е are written ї and є: Марія, Марії, Марією.
                return VOWELS.indexOf(before) >= 0 || before == '\''
                        ? replace(word, 1, "ї", "ю", "єю")
                        : replace(word, 1, "і", "ю", "ею");
            case 'ь':
                return replace(word, 1, "я", "ю", "ем", "і", "еві");
            default:
                if (CONSONANTS.indexOf(last) < 0) {
                    return List.of();
                }
                // -им for surnames in -ов, -ін (Путіним), -ом for other nouns (Байденом).
                List<String> forms = replace(word, 0, "а", "у", "ові", "ом", "е", "і", "им");
                if (SIBILANTS.indexOf(last) >= 0) {
                    forms.addAll(replace(word, 0, "ем", "еві"));
                }
                return forms;
        }
    }

    private static List<String> replace(String word, int drop, String... endings) {
        String stem = word.substring(0, word.length() - drop);
        List<String> forms = new ArrayList<>(endings.length + 3);
        for (String ending : endings) {
            forms.add(stem + ending);
        }
        return forms;
    }
}
