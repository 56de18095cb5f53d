package dev.luccaokta.directory;

import dev.luccaokta.directory.PeopleSeen.Person;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Why a snapshot would deactivate many people at once, guessed from who they are, for the administrator who has to
 * decide: an establishment nobody is returned from any more (an OAuth client or key restricted to fewer), people
 * not active (future or former employees) no longer returned (a key that lost "View future employees"), a list far
 * shorter than the last (a partial answer, a permission or scope that changed), or contracts that ended.
 */
final class LikelyCause {

    private static final int NAMED_ESTABLISHMENTS = 5;

    private LikelyCause() {
    }

    static String of(ImportDiff diff) {
        List<Person> vanished = diff.vanished();
        Set<String> present = diff.after().all().stream().map(Person::establishment).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        List<Person> fromEmptiedEstablishments = vanished.stream()
                .filter(person -> person.establishment() != null && !present.contains(person.establishment())).toList();
        if (!fromEmptiedEstablishments.isEmpty() && fromEmptiedEstablishments.size() * 2 >= vanished.size()) {
            Set<String> emptied = fromEmptiedEstablishments.stream().map(Person::establishment)
                    .collect(Collectors.toCollection(TreeSet::new));
            return "Lucca returned nobody from " + (emptied.size() == 1 ? "the establishment " : "the establishments ")
                    + emptied.stream().limit(NAMED_ESTABLISHMENTS).collect(Collectors.joining(", "))
                    + (emptied.size() > NAMED_ESTABLISHMENTS ? " and " + (emptied.size() - NAMED_ESTABLISHMENTS) + " more" : "")
                    + ": the OAuth client or API key may now be restricted to fewer establishments.";
        }
        long inactiveGone = vanished.stream().filter(person -> !person.active()).count();
        if (inactiveGone > 0 && inactiveGone * 2 >= diff.affected()) {
            return inactiveGone + " people not active in Okta's last import (future or former employees) are no longer"
                    + " returned: the API key may have lost the permission \"View future employees\".";
        }
        if (diff.after().size() * 5 < diff.before().size() * 4) {
            return "Lucca answered " + diff.after().size() + " people where Okta's last import had " + diff.before().size()
                    + ": a partial answer from Lucca, or a permission or scope of the tenant's credentials that changed.";
        }
        if (diff.deactivated().size() >= vanished.size()) {
            return diff.deactivated().size() + " people active in Okta's last import are inactive now: contract dates"
                    + " changed in Lucca; check the latest contract changes.";
        }
        return vanished.size() + " people Okta last imported are no longer returned by Lucca: check the tenant's Lucca"
                + " credentials and the people's records in Lucca.";
    }
}
