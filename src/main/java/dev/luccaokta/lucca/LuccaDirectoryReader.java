package dev.luccaokta.lucca;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Reads a whole Lucca directory with as few calls as Lucca allows: with the API key, users by pages of 1000 (the
 * first page also tells how many there are), then the organisation lists page by page; with an OAuth client,
 * through Lucca's current API ({@link LuccaApiReader}).
 *
 * <pre>{@code
 * LuccaDirectoryData data = reader.read(instance);   // about N/1000 + 5 calls
 * }</pre>
 */
@ApplicationScoped
public class LuccaDirectoryReader {

    @Inject
    LuccaGateway gateway;

    @Inject
    LuccaApiReader luccaApi;

    /**
     * Everything: every user the key sees (former employees included) and the organisation; through Lucca's
     * current API when the instance has an OAuth client, which reads only the custom fields named.
     *
     * @param customFields the custom fields ({@code e_...}) the tenant selected
     */
    public LuccaDirectoryData read(LuccaInstance instance, Set<String> customFields) {
        if (instance.readsLuccaApi()) {
            return luccaApi.read(instance, customFields);
        }
        return withOrganisation(instance, allUsers((offset, withCount) -> gateway.users(instance, offset,
                LuccaGateway.MAX_USERS_PER_PAGE, withCount)));
    }

    /**
     * The users Lucca changed since a local date-time (by its own clock) and the whole organisation: what an
     * incremental refresh needs, a handful of calls whatever the size of the directory. Only the legacy API can
     * say what changed since when.
     */
    public LuccaDirectoryData readChanges(LuccaInstance instance, LocalDateTime since) {
        if (instance.readsLuccaApi()) {
            throw new IllegalArgumentException("Lucca's current API cannot list changes since a date");
        }
        return withOrganisation(instance, allUsers((offset, withCount) -> gateway.usersModifiedSince(instance,
                since, offset, LuccaGateway.MAX_USERS_PER_PAGE, withCount)));
    }

    private LuccaDirectoryData withOrganisation(LuccaInstance instance, List<LuccaUser> users) {
        return new LuccaDirectoryData(
                users,
                allPages(page -> gateway.departments(instance, page)),
                allPages(page -> gateway.establishments(instance, page)),
                allPages(page -> gateway.legalUnits(instance, page)),
                allPages(page -> gateway.countries(instance, page)),
                gateway.extendedDataDefinitions(instance));
    }

    /** A page of users from an offset, with Lucca's total count when asked. */
    @FunctionalInterface
    private interface UserPages {
        LuccaUserList from(int offset, boolean withCount);
    }

    private static List<LuccaUser> allUsers(UserPages pages) {
        int pageSize = LuccaGateway.MAX_USERS_PER_PAGE;
        LuccaUserList first = pages.from(0, true);
        List<LuccaUser> users = new ArrayList<>(first.items());
        int total = first.count() == null ? Integer.MAX_VALUE : first.count();
        // Without a count, keep going until a short page; with one, stop exactly at the end.
        int offset = pageSize;
        List<LuccaUser> page = first.items();
        while (offset < total && page.size() == pageSize) {
            page = pages.from(offset, false).items();
            users.addAll(page);
            offset += pageSize;
        }
        return users;
    }

    private static <T> List<T> allPages(IntFunction<LuccaPage<T>> fetch) {
        List<T> items = new ArrayList<>();
        LuccaPage<T> page = fetch.apply(1);
        items.addAll(page.items());
        for (int next = 2; page.hasNext() && !page.items().isEmpty(); next++) {
            page = fetch.apply(next);
            items.addAll(page.items());
        }
        return items;
    }
}
