package dev.luccaokta.scim;

import dev.luccaokta.directory.ImportPage;
import dev.luccaokta.scim.protocol.FoundPage;
import jakarta.enterprise.context.RequestScoped;
import java.time.Instant;
import java.util.Optional;

/**
 * What the request's list served, from the resource that served it to {@link ImportRecording}, which records it once
 * the answer is known; empty when the list failed before serving.
 */
@RequestScoped
public class ListedPage {

    private ImportPage.Served served;

    void served(Instant snapshotBuiltAt, FoundPage page) {
        served = new ImportPage.Served(page.positions().length, page.totalResults(), snapshotBuiltAt);
    }

    Optional<ImportPage.Served> served() {
        return Optional.ofNullable(served);
    }
}
