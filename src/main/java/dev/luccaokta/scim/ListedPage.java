package dev.luccaokta.scim;

import dev.luccaokta.directory.ImportPage;
import dev.luccaokta.scim.protocol.FoundPage;
import dev.luccaokta.scim.protocol.ListRequest;
import jakarta.enterprise.context.RequestScoped;
import java.time.Instant;
import java.util.Optional;

/**
 * What the request's list served, from the resource that served it to {@link ImportRecording}, which records it once
 * the answer is known; empty when the list failed before serving.
 */
@RequestScoped
public class ListedPage {

    /** A list served: whether it was filtered, and the page as the import history counts it. */
    record Listed(boolean filtered, int startIndex, ImportPage.Served served) {
    }

    private Listed listed;

    void served(ListRequest request, Instant snapshotBuiltAt, FoundPage page) {
        listed = new Listed(request.filter().isPresent(), request.startIndex(),
                new ImportPage.Served(page.positions().length, page.totalResults(), snapshotBuiltAt));
    }

    Optional<Listed> listed() {
        return Optional.ofNullable(listed);
    }
}
