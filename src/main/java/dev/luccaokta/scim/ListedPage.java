package dev.luccaokta.scim;

import dev.luccaokta.directory.ImportPage;
import dev.luccaokta.scim.protocol.FoundPage;
import dev.luccaokta.scim.protocol.ListRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Optional;

/**
 * What the request's list served, from the resource that served it to {@link ImportRecording}, which records it once
 * the answer is known; empty when the list failed before serving. Kept as an attribute of the request, as
 * {@link dev.luccaokta.web.RequestId} is and for the same reason.
 */
@ApplicationScoped
public class ListedPage {

    private static final String ATTRIBUTE = ListedPage.class.getName();

    /** A list served: whether it was filtered, and the page as the import history counts it. */
    record Listed(boolean filtered, int startIndex, ImportPage.Served served) {
    }

    /** The current request, whichever it is. */
    @Inject
    HttpServletRequest request;

    void served(ListRequest list, Instant snapshotBuiltAt, FoundPage page) {
        request.setAttribute(ATTRIBUTE, new Listed(list.filter().isPresent(), list.startIndex(),
                new ImportPage.Served(page.positions().length, page.totalResults(), snapshotBuiltAt)));
    }

    Optional<Listed> listed() {
        return request.getAttribute(ATTRIBUTE) instanceof Listed listed ? Optional.of(listed) : Optional.empty();
    }
}
