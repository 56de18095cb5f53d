package dev.luccaokta.sandbox.query;

import dev.luccaokta.sandbox.data.Employee;

import java.util.List;
import java.util.function.Predicate;

/**
 * Runs a {@link UserQuery} over a directory snapshot: visibility rules first (future employees for the audience,
 * former employees unless wanted), then every filter, then order and paging. A snapshot of 50,000 users is scanned
 * in a few milliseconds, so there is no index to keep in step with updates.
 */
public final class UserSearch {
    private UserSearch() {
    }

    /** @param inIdOrder all user files, in id order, as {@code EmployeeDirectory.snapshot()} gives them */
    public static SearchResult run(List<Employee> inIdOrder, UserQuery query, Audience audience) {
        boolean withFormer = query.includesFormerEmployees();
        Predicate<Employee> wanted = audience::canSee;
        wanted = wanted.and(employee -> withFormer || !employee.isFormer(audience.today()));
        for (UserFilter<?> filter : query.filters()) {
            wanted = wanted.and(filter);
        }
        List<Employee> matching = query.order().sort(inIdOrder.stream().filter(wanted).toList());
        int from = Math.min(query.paging().offset(), matching.size());
        int to = Math.min(from + query.paging().limit(), matching.size());
        return new SearchResult(matching.subList(from, to), matching.size());
    }
}
