package dev.luccaokta.directory;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of an Okta import as it was answered: an unfiltered list of a collection, asked for with one of the
 * tenant's SCIM tokens, from {@code startIndex} (1 begins an import), and what it served, or nothing when it was
 * answered with an error.
 *
 * <pre>{@code
 * ImportPage page = ImportPage.served(tenantId, tokenId, "Users", 201, new ImportPage.Served(100, 300, builtAt));
 * page.reachesEnd();   // true: resources 201 to 300 of 300
 * }</pre>
 */
public record ImportPage(String tenantId, String tokenId, String collection, int startIndex, Optional<Served> served) {

    /** What a page served: its resources, how many the collection holds, and the snapshot they came from. */
    public record Served(int resources, int totalResults, Instant snapshotBuiltAt) {
    }

    public ImportPage {
        Objects.requireNonNull(tenantId);
        Objects.requireNonNull(tokenId);
        Objects.requireNonNull(collection);
        Objects.requireNonNull(served);
    }

    public static ImportPage served(String tenantId, String tokenId, String collection, int startIndex, Served served) {
        return new ImportPage(tenantId, tokenId, collection, startIndex, Optional.of(served));
    }

    public static ImportPage failed(String tenantId, String tokenId, String collection, int startIndex) {
        return new ImportPage(tenantId, tokenId, collection, startIndex, Optional.empty());
    }

    /** Okta begins an import with its first page. */
    public boolean begins() {
        return startIndex == 1;
    }

    /** Whether the page served up to the collection's last resource, which ends the import. */
    public boolean reachesEnd() {
        return served.filter(page -> (long) startIndex + page.resources() - 1 >= page.totalResults()).isPresent();
    }
}
