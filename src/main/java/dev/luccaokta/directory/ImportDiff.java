package dev.luccaokta.directory;

import dev.luccaokta.directory.PeopleSeen.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What Okta's next import would do to the people its last import saw: who would be deactivated (active then,
 * inactive now), who would disappear (listed then, not now: Okta deactivates whoever an import no longer shows),
 * who would be reactivated and who would be new.
 *
 * <pre>{@code
 * ImportDiff diff = ImportDiff.between(PeopleSeen.decode(baseline), PeopleSeen.of(next));
 * diff.affected();   // deactivated + disappeared
 * }</pre>
 *
 * @param before the people Okta last imported
 * @param after  the people it would import now
 */
public record ImportDiff(PeopleSeen before, PeopleSeen after, List<Person> deactivated, List<Person> vanished,
                         List<Person> reactivated, List<Person> added) {

    public ImportDiff {
        deactivated = List.copyOf(deactivated);
        vanished = List.copyOf(vanished);
        reactivated = List.copyOf(reactivated);
        added = List.copyOf(added);
    }

    public static ImportDiff between(PeopleSeen before, PeopleSeen after) {
        List<Person> deactivated = new ArrayList<>();
        List<Person> vanished = new ArrayList<>();
        List<Person> reactivated = new ArrayList<>();
        for (Person then : before.all()) {
            Optional<Person> now = after.person(then.id());
            if (now.isEmpty()) {
                vanished.add(then);
            } else if (then.active() && !now.get().active()) {
                deactivated.add(now.get());
            } else if (!then.active() && now.get().active()) {
                reactivated.add(now.get());
            }
        }
        List<Person> added = after.all().stream().filter(now -> before.person(now.id()).isEmpty()).toList();
        return new ImportDiff(before, after, deactivated, vanished, reactivated, added);
    }

    /** The people Okta would deactivate: those made inactive and those gone. */
    public int affected() {
        return deactivated.size() + vanished.size();
    }

    /** The people active in Okta's last import, the base the safeguard's share is taken of. */
    public int baseActive() {
        return before.active();
    }
}
