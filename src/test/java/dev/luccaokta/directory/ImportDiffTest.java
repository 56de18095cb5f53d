package dev.luccaokta.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.luccaokta.directory.PeopleSeen.Person;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportDiffTest {

    private static Person active(String id, String establishment) {
        return new Person(id, "Person " + id, true, establishment);
    }

    private static Person inactive(String id) {
        return new Person(id, "Person " + id, false, null);
    }

    @Test
    void tellsWhoWouldBeDeactivatedDroppedReactivatedAndAdded() {
        PeopleSeen before = PeopleSeen.of(List.of(active("1", "Paris"), active("2", "Paris"), inactive("3"), active("4", null)));
        PeopleSeen after = PeopleSeen.of(List.of(new Person("1", "Person 1", false, "Paris"), new Person("3", "Person 3", true, null),
                active("4", null), active("5", "Lyon")));

        ImportDiff diff = ImportDiff.between(before, after);

        assertThat(diff.deactivated()).extracting(Person::id).containsExactly("1");
        assertThat(diff.vanished()).extracting(Person::id).containsExactly("2");
        assertThat(diff.reactivated()).extracting(Person::id).containsExactly("3");
        assertThat(diff.added()).extracting(Person::id).containsExactly("5");
        assertThat(diff.affected()).isEqualTo(2);
        assertThat(diff.baseActive()).isEqualTo(3);
    }

    @Test
    void holdsOnlyOverBothTheShareAndTheMinimum() {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            people.add(active(Integer.toString(i), null));
        }
        PeopleSeen before = PeopleSeen.of(people);
        ImportDiff sixGone = ImportDiff.between(before, PeopleSeen.of(people.subList(6, 100)));
        ImportDiff twelveGone = ImportDiff.between(before, PeopleSeen.of(people.subList(12, 100)));

        assertThat(new SafeguardThreshold(5, 10).holds(sixGone)).as("6 %, under the minimum of 10").isFalse();
        assertThat(new SafeguardThreshold(5, 5).holds(sixGone)).as("6 % of 100, at least 5").isTrue();
        assertThat(new SafeguardThreshold(6, 5).holds(sixGone)).as("exactly the share is not more than it").isFalse();
        assertThat(new SafeguardThreshold(5, 10).holds(twelveGone)).isTrue();
        assertThat(new SafeguardThreshold(100, 1).holds(ImportDiff.between(before, PeopleSeen.of(List.of()))))
                .as("100 % never holds").isFalse();
    }

    @Test
    void namesTheEstablishmentNobodyIsReturnedFromAnyMore() {
        PeopleSeen before = PeopleSeen.of(List.of(active("1", "Paris"), active("2", "Lyon"), active("3", "Lyon")));
        PeopleSeen after = PeopleSeen.of(List.of(active("1", "Paris")));

        assertThat(LikelyCause.of(ImportDiff.between(before, after)))
                .contains("the establishment Lyon").contains("restricted to fewer establishments");
    }

    @Test
    void blamesTheFutureEmployeesPermissionWhenInactivePeopleVanish() {
        PeopleSeen before = PeopleSeen.of(List.of(active("1", null), inactive("2"), inactive("3")));
        PeopleSeen after = PeopleSeen.of(List.of(active("1", null)));

        assertThat(LikelyCause.of(ImportDiff.between(before, after))).contains("View future employees");
    }

    @Test
    void callsAMuchShorterListAPartialAnswerAndEndedContractsWhatTheyAre() {
        List<Person> ten = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ten.add(active(Integer.toString(i), null));
        }
        PeopleSeen before = PeopleSeen.of(ten);
        List<Person> ended = new ArrayList<>(ten.subList(3, 10));
        for (int i = 0; i < 3; i++) {
            ended.add(new Person(Integer.toString(i), "Person " + i, false, null));
        }

        assertThat(LikelyCause.of(ImportDiff.between(before, PeopleSeen.of(ten.subList(0, 5))))).contains("partial answer");
        assertThat(LikelyCause.of(ImportDiff.between(before, PeopleSeen.of(ended)))).contains("contract dates");
    }

    @Test
    void aBaselineSurvivesItsEncodingAndAnythingElseIsRefused() {
        PeopleSeen people = PeopleSeen.of(List.of(active("1", "Paris"), inactive("2")));

        PeopleSeen decoded = PeopleSeen.decode(people.encode());

        assertThat(decoded.all()).containsExactlyElementsOf(people.all());
        assertThat(decoded.active()).isEqualTo(1);
        assertThatThrownBy(() -> PeopleSeen.decode("not gzip".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
