package news.parley.core.index;

import news.parley.core.model.Actor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ActorMatcherTest {
    private final ActorMatcher matcher = new ActorMatcher(List.of(
            actor("putin", "Vladimir Putin", "Putin"),
            actor("mbz", "Mohammed bin Zayed Al Nahyan", "Mohammed bin Zayed", "MBZ"),
            actor("un", "United Nations", "UN"),
            actor("ali-khamenei", "Ali Khamenei", "Khamenei"),
            actor("mojtaba-khamenei", "Mojtaba Khamenei", "Khamenei")));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Vladimir Putin spoke                        | Vladimir Putin",
            "Putin’s offer                               | Putin",
            "Putin's offer and Putin.                    | Putin;Putin",
            "Putinism is not a name                      | ''",
            "a trumped-up UNESCO claim                   | ''",
            "the UN, and MBZ                             | UN;MBZ",
            "Mohammed bin Zayed Al Nahyan arrived        | Mohammed bin Zayed Al Nahyan",
            "Mohammed bin Zayed arrived                  | Mohammed bin Zayed",
            "Mohammed bin Zayed Al Something             | Mohammed bin Zayed",
            "(Putin)                                     | Putin",
            "putin in lower case is not the name          | ''",
            "Khamenei and Ali Khamenei                   | Khamenei;Ali Khamenei",
    })
    void findsWholeNamesLongestFirst(String text, String expected) {
        List<String> found = matcher.find(text).stream().map(ActorMatcher.Match::surface).toList();
        assertThat(found).isEqualTo(expected.isEmpty() ? List.of() : Arrays.asList(expected.split(";")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Ali Khamenei | ali-khamenei | ''",
            "Khamenei     | ''           | ali-khamenei;mojtaba-khamenei",
            "Putin        | ''           | putin",
    })
    void knowsWhichActorsANameMayMean(String text, String fullNameOf, String aliasOf) {
        ActorMatcher.Candidates candidates = matcher.find(text).get(0).candidates();
        assertThat(candidates.fullNameOf()).isEqualTo(fullNameOf.isEmpty() ? null : fullNameOf);
        assertThat(candidates.aliasOf()).isEqualTo(aliasOf.isEmpty() ? List.of() : Arrays.asList(aliasOf.split(";")));
    }

    private static Actor actor(String id, String name, String... aliases) {
        return new Actor(id, "actors/" + id + ".md", name, List.of(aliases), null, "", false, "", 1, null, List.of());
    }
}
