package news.parley.core.index;

import news.parley.core.language.Declension;
import news.parley.core.model.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each case is a text and what the finder makes of it: every match as its surface, then {@code =} and the
 * actor whose full name it is, or {@code ~} and the actors whose alias it is; '' for nothing.
 */
class InflectedMatcherTest {

    private static final List<Actor> ENGLISH = List.of(
            actor("putin", "Vladimir Putin", "Putin"),
            actor("unsc", "United Nations Security Council", "UNSC"));

    private static final MentionFinder RUSSIAN = MentionFinder.of("ru", List.of(
            actor("putin", "Владимир Путин", "Путин"),
            actor("zelensky", "Владимир Зеленский", "Зеленский"),
            actor("peskov", "Дмитрий Песков", "Песков"),
            actor("zakharova", "Мария Захарова", "Захарова"),
            actor("lavrov", "Сергей Лавров", "Лавров"),
            actor("biden", "Джо Байден", "Байден"),
            actor("khrushchev", "Никита Хрущёв", "Хрущёв"),
            actor("poroshenko", "Петр Порошенко", "Порошенко"),
            actor("kirillov", "Игорь Кириллов"),
            actor("navalny", "Алексей Навальный", "Навальный"),
            actor("shoigu", "Сергей Шойгу", "Шойгу"),
            actor("eu", "Европейский союз", "ЕС"),
            actor("duma", "Государственная дума", "Госдума"),
            actor("isis", "Исламское государство", "ИГ"),
            actor("mod", "Министерство обороны"),
            actor("gazprom", "Газпром"),
            actor("nato", "НАТО"),
            actor("us", "США"),
            actor("un", "ООН", "United Nations"),
            actor("ali-khamenei", "Али Хаменеи", "Хаменеи"),
            actor("mojtaba-khamenei", "Моджтаба Хаменеи", "Хаменеи")), ENGLISH);

    private static final MentionFinder UKRAINIAN = MentionFinder.of("uk-UA", List.of(
            actor("zelensky", "Володимир Зеленський", "Зеленський"),
            actor("biden", "Джо Байден", "Байден"),
            actor("venediktova", "Ірина Венедіктова", "Венедіктова"),
            actor("tymoshenko", "Юлія Тимошенко", "Тимошенко"),
            actor("moseichuk", "Наталя Мосейчук"),
            actor("bezuhla", "Мар'яна Безугла", "Безугла"),
            actor("reznikov", "Олексій Резніков", "Резніков"),
            actor("eu", "Європейський союз", "ЄС"),
            actor("mod", "Міністерство оборони"),
            actor("us", "США")), ENGLISH);

    private static final MentionFinder ARABIC = MentionFinder.of("ar-EG", List.of(
            actor("hamas", "حماس"),
            actor("abbas", "محمود عباس", "عباس"),
            actor("assad", "بشار الأسد", "الأسد"),
            actor("putin", "فلاديمير بوتين", "بوتين"),
            actor("erdogan", "رجب طيب أردوغان", "أردوغان"),
            actor("madbouly", "مصطفى مدبولي", "مدبولي"),
            actor("fatah", "حركة فتح"),
            actor("likud", "الليكود"),
            actor("letter", "Letter", "ع")), ENGLISH);

    private static final MentionFinder PERSIAN = MentionFinder.of("fa", List.of(
            actor("putin", "ولادیمیر پوتین", "پوتین"),
            actor("khamenei", "علی خامنه‌ای", "خامنه‌ای"),
            actor("kremlin", "کرملین"),
            actor("araghchi", "عباس عراقچی", "عراقچی")), ENGLISH);

    private static final MentionFinder HEBREW = MentionFinder.of("he", List.of(
            actor("netanyahu", "בנימין נתניהו", "נתניהו"),
            actor("hamas", "חמאס"),
            actor("sharon", "אריאל שרון", "שרון"),
            actor("ron", "רון"),
            actor("bennett", "נפתלי בנט", "בנט"),
            actor("biden", "ג׳ו ביידן", "ביידן"),
            actor("idf", "צה״ל"),
            actor("gal", "גל"),
            actor("letter", "Letter", "ת")), ENGLISH);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Путин                                   | Путин~putin",
            "Путина                                  | Путина~putin",
            "Путину                                  | Путину~putin",
            "Путиным                                 | Путиным~putin",
            "Путином                                 | Путином~putin",
            "Путине                                  | Путине~putin",
            "Владимира Путина                        | Владимира Путина=putin",
            "с Владимиром Путиным                    | Владимиром Путиным=putin",
            "встреча с Байденом                      | Байденом~biden",
            "Байдена и Байдену                       | Байдена~biden;Байдену~biden",
            "Зеленского                              | Зеленского~zelensky",
            "Зеленскому                              | Зеленскому~zelensky",
            "Зеленским                               | Зеленским~zelensky",
            "о Зеленском                             | Зеленском~zelensky",
            "Владимира Зеленского                    | Владимира Зеленского=zelensky",
            "Дмитрия Пескова                         | Дмитрия Пескова=peskov",
            "Дмитрию Пескову                         | Дмитрию Пескову=peskov",
            "Дмитрием Песковым                       | Дмитрием Песковым=peskov",
            "о Дмитрии Пескове                       | Дмитрии Пескове=peskov",
            "Захаровой                               | Захаровой~zakharova",
            "Захарову                                | Захарову~zakharova",
            "Захаровою                               | Захаровою~zakharova",
            "Захаровы                                | Захаровы~zakharova",
            "Марии Захаровой                         | Марии Захаровой=zakharova",
            "Марию Захарову                          | Марию Захарову=zakharova",
            "Марией Захаровой                        | Марией Захаровой=zakharova",
            "Никиты Хрущёва                          | Никиты Хрущёва=khrushchev",
            "Никите Хрущеву                          | Никите Хрущеву=khrushchev",
            "Никиту Хрущёва                          | Никиту Хрущёва=khrushchev",
            "Никитой Хрущевым                        | Никитой Хрущевым=khrushchev",
            "Хрущев                                  | Хрущев~khrushchev",
            "Пётр Порошенко и Петра Порошенко        | Пётр Порошенко=poroshenko;Петра Порошенко=poroshenko",
            "Игоря Кириллова                         | Игоря Кириллова=kirillov",
            "Игорю Кириллову                         | Игорю Кириллову=kirillov",
            "Игорем Кирилловым                       | Игорем Кирилловым=kirillov",
            "об Игоре Кириллове                      | Игоре Кириллове=kirillov",
            "Алексея Навального                      | Алексея Навального=navalny",
            "Алексеем Навальным                      | Алексеем Навальным=navalny",
            "Сергея Лаврова и Сергея Шойгу           | Сергея Лаврова=lavrov;Сергея Шойгу=shoigu",
            "Европейского союза                      | Европейского союза=eu",
            "Европейскому союзу                      | Европейскому союзу=eu",
            "с Европейским союзом                    | Европейским союзом=eu",
            "в Европейском союзе                     | Европейском союзе=eu",
            "Государственной думы                    | Государственной думы=duma",
            "в Государственную думу                  | Государственную думу=duma",
            "Исламского государства                  | Исламского государства=isis",
            "с Исламским государством                | Исламским государством=isis",
            "Министерства обороны                    | Министерства обороны=mod",
            "Газпрома и Газпрому                     | Газпрома=gazprom;Газпрому=gazprom",
            "США, НАТО и ООН                         | США=us;НАТО=nato;ООН=un",
            "Шойгу                                   | Шойгу~shoigu",
            "Хаменеи                                 | Хаменеи~ali-khamenei+mojtaba-khamenei",
            "Али Хаменеи                             | Али Хаменеи=ali-khamenei",
            "сказал Vladimir Putin                   | Vladimir Putin=putin",
            "Putin's offer                           | Putin~putin",
            "United Nations Security Council         | United Nations Security Council=unsc",
            "United Nations                          | United Nations~un",
            "Путин, Владимир                         | Путин~putin",
            "Владимир-Путин                          | Путин~putin",
    })
    void russianFindsEveryCaseOfEveryWord(String text, String expected) {
        assertThat(describe(RUSSIAN, text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "путина",                    // the fishing season
            "путину",
            "Лавра",                     // a monastery, not Лавров
            "Лавры",
            "Газпромбанк",               // another company
            "Путинизм",                  // the name and letters that are no ending
            "Путинский",
            "Путинa",                    // a Latin a
            "ПУТИНА",
            "европейского союза",
            "Захаровский",
            "ООНа",                      // abbreviations do not decline
            "НАТОвский",
            "Vladimir Putina",           // Latin names match as written
            "putin",
            "Шойгуа",
    })
    void russianLinksNoLookAlike(String text) {
        assertThat(RUSSIAN.find(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Зеленський                              | Зеленський~zelensky",
            "Зеленського                             | Зеленського~zelensky",
            "Зеленському                             | Зеленському~zelensky",
            "Зеленським                              | Зеленським~zelensky",
            "Зеленськім                              | Зеленськім~zelensky",
            "Володимира Зеленського                  | Володимира Зеленського=zelensky",
            "Володимиру Зеленському                  | Володимиру Зеленському=zelensky",
            "Володимиром Зеленським                  | Володимиром Зеленським=zelensky",
            "Байдена                                 | Байдена~biden",
            "Байдену                                 | Байдену~biden",
            "Байденові                               | Байденові~biden",
            "Байденом                                | Байденом~biden",
            "Байдене                                 | Байдене~biden",
            "Байдені                                 | Байдені~biden",
            "Ірини Венедіктової                      | Ірини Венедіктової=venediktova",
            "Ірині Венедіктовій                      | Ірині Венедіктовій=venediktova",
            "Ірину Венедіктову                       | Ірину Венедіктову=venediktova",
            "Іриною Венедіктовою                     | Іриною Венедіктовою=venediktova",
            "Юлії Тимошенко                          | Юлії Тимошенко=tymoshenko",
            "Юлію Тимошенко                          | Юлію Тимошенко=tymoshenko",
            "Юлією Тимошенко                         | Юлією Тимошенко=tymoshenko",
            "Наталі Мосейчук                         | Наталі Мосейчук=moseichuk",
            "Наталю Мосейчук                         | Наталю Мосейчук=moseichuk",
            "Наталею Мосейчук                        | Наталею Мосейчук=moseichuk",
            "Мар'яни Безуглої                        | Мар'яни Безуглої=bezuhla",
            "Мар’яну Безуглу                         | Мар’яну Безуглу=bezuhla",
            "Марʼяною Безуглою                       | Марʼяною Безуглою=bezuhla",
            "Олексія Резнікова                       | Олексія Резнікова=reznikov",
            "Олексієм Резніковим                     | Олексієм Резніковим=reznikov",
            "Європейського союзу                     | Європейського союзу=eu",
            "Міністерства оборони                    | Міністерства оборони=mod",
            "США                                     | США=us",
            "Vladimir Putin                          | Vladimir Putin=putin",
    })
    void ukrainianFindsEveryCaseOfEveryWord(String text, String expected) {
        assertThat(describe(UKRAINIAN, text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "зеленського",               // green, in lower case
            "Зеленська",                 // another person's surname
            "Байденівський",
            "європейського союзу",
            "Безуглий",
            "Марʼян",
    })
    void ukrainianLinksNoLookAlike(String text) {
        assertThat(UKRAINIAN.find(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "حماس                                    | حماس=hamas",
            "وحماس                                   | وحماس=hamas",
            "فحماس                                   | فحماس=hamas",
            "بحماس                                   | بحماس=hamas",
            "لحماس                                   | لحماس=hamas",
            "كحماس                                   | كحماس=hamas",
            "ولحماس                                  | ولحماس=hamas",
            "فبحماس                                  | فبحماس=hamas",
            "الأسد                                   | الأسد~assad",
            "الاسد                                   | الاسد~assad",
            "للأسد                                   | للأسد~assad",
            "بالأسد                                  | بالأسد~assad",
            "والأسد                                  | والأسد~assad",
            "وللأسد                                  | وللأسد~assad",
            "كالأسد                                  | كالأسد~assad",
            "الليكود ولليكود وبالليكود               | الليكود=likud;ولليكود=likud;وبالليكود=likud",
            "بشار الأسد                              | بشار الأسد=assad",
            "وبشار الأسد                             | وبشار الأسد=assad",
            "محمود عباس                              | محمود عباس=abbas",
            "لمحمود عباس                             | لمحمود عباس=abbas",
            "محمود وعباس                             | وعباس~abbas",
            "محمود، عباس                             | عباس~abbas",
            "أردوغان                                 | أردوغان~erdogan",
            "اردوغان                                 | اردوغان~erdogan",
            "إردوغان                                 | إردوغان~erdogan",
            "لأردوغان                                | لأردوغان~erdogan",
            "رجب طيب أردوغان                         | رجب طيب أردوغان=erdogan",
            "فلاديمير بوتين                          | فلاديمير بوتين=putin",
            "بُوتِين                                 | بُوتِين~putin",
            "بوتـين                                  | بوتـين~putin",
            "بوتین                                   | بوتین~putin",
            "مصطفي مدبولي                            | مصطفي مدبولي=madbouly",
            "حركه فتح                                | حركه فتح=fatah",
            "ع                                       | ع~letter",
            "Vladimir Putin                          | Vladimir Putin=putin",
    })
    void arabicFindsNamesWithTheirPrefixesAndSpellings(String text, String expected) {
        assertThat(describe(ARABIC, text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "الحماس",                    // the enthusiasm
            "بالحماس",
            "والحماس",
            "حماسة",
            "حماسي",
            "العباس",                    // another name, with the article
            "بالعباس",
            "عباسي",
            "ووحماس",                    // two conjunctions
            "بلحماس",                    // two prepositions
            "أسد",                       // الأسد without its article
            "ليكود",
            "بأسد",
            "وع",                        // a prefix before a single letter
            "بوتينية",
    })
    void arabicLinksNoLookAlike(String text) {
        assertThat(ARABIC.find(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "پوتین                                   | پوتین~putin",
            "پوتین‌ها                                | پوتین~putin",
            "پوتينِ                                  | پوتينِ~putin",
            "ولادیمیر پوتین                          | ولادیمیر پوتین=putin",
            "ولاديمير پوتين                          | ولاديمير پوتين=putin",
            "کرملین و كرملين                         | کرملین=kremlin;كرملين=kremlin",
            "علی خامنه‌ای                            | علی خامنه‌ای=khamenei",
            "علي خامنه‌اي                            | علي خامنه‌اي=khamenei",
            "خامنه ای                                | خامنه ای~khamenei",
            "عراقچی و عراقچي                         | عراقچی~araghchi;عراقچي~araghchi",
            "Vladimir Putin                          | Vladimir Putin=putin",
    })
    void persianFindsNamesAcrossKeyboards(String text, String expected) {
        assertThat(describe(PERSIAN, text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "وپوتین",                    // Persian writes و apart
            "بپوتین",
            "پوتینی",
            "خامنه",
            "عراقچیان",
    })
    void persianLinksNoLookAlike(String text) {
        assertThat(PERSIAN.find(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "נתניהו                                  | נתניהו~netanyahu",
            "ונתניהו                                 | ונתניהו~netanyahu",
            "שנתניהו                                 | שנתניהו~netanyahu",
            "ובנתניהו                                | ובנתניהו~netanyahu",
            "וכשנתניהו                               | וכשנתניהו~netanyahu",
            "לבנימין נתניהו                          | לבנימין נתניהו=netanyahu",
            "בִּנְיָמִין נְתַנְיָהוּ                           | בִּנְיָמִין נְתַנְיָהוּ=netanyahu",
            "החמאס                                   | החמאס=hamas",
            "מחמאס                                   | מחמאס=hamas",
            "שרון                                    | שרון~sharon",
            "ושרון                                   | ושרון~sharon",
            "רון ולרון                               | רון=ron;ולרון=ron",
            "בנט ובנט                                | בנט~bennett;ובנט~bennett",
            "ג'ו ביידן                               | ג'ו ביידן=biden",
            "וג׳ו ביידן                              | וג׳ו ביידן=biden",
            "צה\"ל ובצה״ל                            | צה\"ל=idf;ובצה״ל=idf",
            "גל וגל                                  | גל=gal;וגל=gal",
            "ת                                       | ת~letter",
            "Vladimir Putin                          | Vladimir Putin=putin",
    })
    void hebrewFindsNamesWithTheirPrefixes(String text, String expected) {
        assertThat(describe(HEBREW, text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "בנתניה",                    // in Netanya, the city
            "נתניה",
            "ושכשנתניהו",                // four prefix letters
            "חמאסניק",
            "ות",                        // a prefix before a single letter
    })
    void hebrewLinksNoLookAlike(String text) {
        assertThat(HEBREW.find(text)).isEmpty();
    }

    @Test
    void aReadingWithFewerPrefixLettersWins() {
        // שרון is Sharon's alias; ש + רון would be "that Ron".
        assertThat(describe(HEBREW, "אמר שרון")).isEqualTo("שרון~sharon");
        // בנט is Bennett, not ב + נט.
        assertThat(describe(HEBREW, "בנט")).isEqualTo("בנט~bennett");
    }

    @Test
    void theSurfaceIsTheTextAsWritten() {
        String text = "Встреча  Владимира\nПутина и Зеленского";
        List<ActorMatcher.Match> matches = RUSSIAN.find(text);
        assertThat(matches).hasSize(2);
        ActorMatcher.Match match = matches.get(0);
        assertThat(match.surface()).isEqualTo("Владимира\nПутина");
        assertThat(text.substring(match.start(), match.end())).isEqualTo(match.surface());

        String arabic = "قال وَلِلْأَسَدِ ما قال";
        ActorMatcher.Match assad = ARABIC.find(arabic).get(0);
        assertThat(assad.surface()).isEqualTo("وَلِلْأَسَدِ");
        assertThat(arabic.substring(assad.start(), assad.end())).isEqualTo(assad.surface());
        assertThat(assad.candidates().aliasOf()).containsExactly("assad");
    }

    @Test
    void anyWhiteSpaceIsOneSpaceButPunctuationIsNot() {
        assertThat(describe(RUSSIAN, "Владимира \u00A0 Путина")).isEqualTo("Владимира \u00A0 Путина=putin");
        assertThat(describe(RUSSIAN, "Владимира. Путина")).isEqualTo("Путина~putin");
    }

    @Test
    void anAliasOfTwoActorsStaysAmbiguous() {
        ActorMatcher.Candidates candidates = RUSSIAN.find("сказал Хаменеи").get(0).candidates();
        assertThat(candidates.fullNameOf()).isNull();
        assertThat(candidates.aliasOf()).containsExactly("ali-khamenei", "mojtaba-khamenei");
    }

    @Test
    void aFormOfTwoNamesIsAmbiguous() {
        // Захарову is the accusative of Захарова and the dative of Захаров.
        MentionFinder finder = MentionFinder.of("ru", List.of(
                actor("maria", "Захарова"),
                actor("sergei", "Захаров")), List.of());
        assertThat(describe(finder, "Захарову")).isEqualTo("Захарову~maria+sergei");
        assertThat(describe(finder, "Захаровой")).isEqualTo("Захаровой=maria");
        assertThat(describe(finder, "Захаровым")).isEqualTo("Захаровым=sergei");
    }

    @Test
    void aFullNameOfOwnWinsOverTheSameOfFallback() {
        MentionFinder finder = MentionFinder.of("ru",
                List.of(actor("putin", "Путин")),
                List.of(actor("other", "Путин"), actor("putin", "Vladimir Putin")));
        assertThat(describe(finder, "Путина и Vladimir Putin")).isEqualTo("Путина=putin;Vladimir Putin=putin");

        ActorMatcher latin = new ActorMatcher(List.of(actor("a", "Alpha")), List.of(actor("b", "Alpha", "Beta")));
        assertThat(latin.find("Alpha Beta"))
                .extracting(m -> m.candidates().fullNameOf() + "/" + m.candidates().aliasOf())
                .containsExactly("a/[]", "null/[b]");
    }

    @Test
    void aFullNameOutweighsAnAliasOfTheSameSurface() {
        MentionFinder finder = MentionFinder.of("he",
                List.of(actor("sharon", "אריאל שרון", "שרון")),
                List.of(actor("other", "שרון")));
        assertThat(describe(finder, "שרון")).isEqualTo("שרון=other");
    }

    @Test
    void theLongestNameWinsAcrossBothLists() {
        assertThat(describe(RUSSIAN, "Совет Безопасности: United Nations Security Council заседал"))
                .isEqualTo("United Nations Security Council=unsc");
        assertThat(describe(RUSSIAN, "Путин и Vladimir Putin и Путину"))
                .isEqualTo("Путин~putin;Vladimir Putin=putin;Путину~putin");
    }

    @Test
    void picksAnInflectedMatcherForInflectingLanguagesOnly() {
        for (String language : List.of("ru", "uk", "ar", "ar-EG", "fa-IR", "he", "HE-il", "ru_RU")) {
            assertThat(MentionFinder.of(language, List.of(), List.of())).as(language)
                    .isInstanceOf(InflectedMatcher.class);
        }
        for (String language : List.of("en", "en-GB", "de", "fr", "pt-BR", "rus", "")) {
            assertThat(MentionFinder.of(language, List.of(), List.of())).as(language).isInstanceOf(ActorMatcher.class);
        }
        assertThatThrownBy(() -> new InflectedMatcher("en", List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anyOtherLanguageFindsExactlyWhatActorMatcherFinds() {
        List<Actor> actors = List.of(
                actor("putin", "Vladimir Putin", "Putin"),
                actor("mbz", "Mohammed bin Zayed Al Nahyan", "Mohammed bin Zayed", "MBZ"),
                actor("un", "United Nations", "UN"),
                actor("ali-khamenei", "Ali Khamenei", "Khamenei"),
                actor("mojtaba-khamenei", "Mojtaba Khamenei", "Khamenei"),
                actor("blank", " ", ""),
                actor("gaza", "Gaza", "غزة"));
        MentionFinder finder = MentionFinder.of("en", actors, List.of());
        ActorMatcher matcher = new ActorMatcher(actors);
        for (String text : List.of(
                "Vladimir Putin spoke", "Putin’s offer", "Putin's offer and Putin.", "Putinism is not a name",
                "a trumped-up UNESCO claim", "the UN, and MBZ", "Mohammed bin Zayed Al Nahyan arrived",
                "Mohammed bin Zayed Al Something", "(Putin)", "putin in lower case", "Khamenei and Ali Khamenei",
                "Vladimir  Putin", "Vladimir\nPutin", "غزة and بغزة and غزةَ", "UN-MBZ", "", "   ",
                "Mohammed bin Zayed Al Nahyan, Putin; UN. Khamenei")) {
            assertThat(finder.find(text)).as(text).isEqualTo(matcher.find(text));
        }
        assertThat(MentionFinder.of("de", actors, List.of()).find("Putin und Vladimir Putin"))
                .isEqualTo(matcher.find("Putin und Vladimir Putin"));
    }

    @Test
    void manyThreadsShareOneFinder() {
        List<String> texts = IntStream.range(0, 2_000)
                .mapToObj(i -> "Статья " + i + ": Владимира Путина, Зеленскому и Европейского союза; "
                        + (i % 2 == 0 ? "Захаровой" : "путина") + " и Хаменеи")
                .toList();
        List<String> alone = new ArrayList<>();
        for (String text : texts) {
            alone.add(describe(RUSSIAN, text));
        }
        List<String> together = texts.parallelStream().map(text -> describe(RUSSIAN, text)).toList();
        assertThat(together).isEqualTo(alone);
        assertThat(alone.get(0)).isEqualTo("Владимира Путина=putin;Зеленскому~zelensky;Европейского союза=eu;"
                + "Захаровой~zakharova;Хаменеи~ali-khamenei+mojtaba-khamenei");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"США", "ООН", "НАТО", "ЕС", "Шойгу", "Кличко", "Токио", "Си", "Байдену", "Монтенегро",
            "В", "Putin", "Сергеї"})
    void someWordsDoNotDecline(String word) {
        assertThat(Declension.RUSSIAN.forms(word)).isEmpty();
        assertThat(Declension.UKRAINIAN.forms(word)).isEmpty();
    }

    @Test
    void declensionListsTheFormsOfEachEnding() {
        assertThat(Declension.RUSSIAN.forms("Путин")).contains("Путина", "Путину", "Путиным", "Путином", "Путине");
        assertThat(Declension.RUSSIAN.forms("Зеленский"))
                .contains("Зеленского", "Зеленскому", "Зеленским", "Зеленском");
        assertThat(Declension.RUSSIAN.forms("Дмитрий")).contains("Дмитрия", "Дмитрию", "Дмитрием", "Дмитрии");
        assertThat(Declension.RUSSIAN.forms("Захарова")).contains("Захаровой", "Захарову", "Захаровою", "Захаровы");
        assertThat(Declension.RUSSIAN.forms("Никита")).contains("Никиты", "Никите", "Никиту", "Никитой");
        assertThat(Declension.RUSSIAN.forms("Мария")).contains("Марии", "Марию", "Марией").doesNotContain("Марие");
        assertThat(Declension.RUSSIAN.forms("Игорь")).contains("Игоря", "Игорю", "Игорем", "Игоре");
        assertThat(Declension.RUSSIAN.forms("Государственная")).contains("Государственной", "Государственную");
        assertThat(Declension.RUSSIAN.forms("Исламское")).contains("Исламского", "Исламскому", "Исламским");
        assertThat(Declension.RUSSIAN.forms("Абрамович")).contains("Абрамовича", "Абрамовичем");
        assertThat(Declension.UKRAINIAN.forms("Зеленський"))
                .contains("Зеленського", "Зеленському", "Зеленським", "Зеленськім");
        assertThat(Declension.UKRAINIAN.forms("Байден"))
                .contains("Байдена", "Байдену", "Байденові", "Байденом", "Байдене", "Байдені");
        assertThat(Declension.UKRAINIAN.forms("Ірина")).contains("Ірини", "Ірині", "Ірину", "Іриною");
        assertThat(Declension.UKRAINIAN.forms("Наталя")).contains("Наталі", "Наталю", "Наталею");
        assertThat(Declension.UKRAINIAN.forms("Марія")).contains("Марії", "Марію", "Марією");
        assertThat(Declension.RUSSIAN.forms("Лавров")).doesNotContain("Лавра", "Лавры");
    }

    private static String describe(MentionFinder finder, String text) {
        return finder.find(text).stream()
                .map(m -> m.surface() + (m.candidates().fullNameOf() != null ? "=" + m.candidates().fullNameOf()
                        : "~" + String.join("+", m.candidates().aliasOf())))
                .collect(Collectors.joining(";"));
    }

    private static Actor actor(String id, String name, String... aliases) {
        return new Actor(id, "actors/" + id + ".md", name, List.of(aliases), null, "", false, "", 1, null, List.of());
    }
}
