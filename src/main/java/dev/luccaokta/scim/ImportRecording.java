package dev.luccaokta.scim;

import com.unboundid.scim2.common.exceptions.BadRequestException;
import dev.luccaokta.directory.ImportHistory;
import dev.luccaokta.directory.ImportPage;
import dev.luccaokta.scim.protocol.ListRequest;
import dev.luccaokta.web.LogLine;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Counts each page of Okta's imports in the tenant's import history ({@link ImportHistory}) once it is answered: what
 * it served, or that it failed (a 503 while Lucca cannot be read, a 429 over the tenant's requests in flight). A page
 * of an import is an unfiltered list of {@code /Users} or {@code /Groups}, the request {@link ScimReads#snapshotFor}
 * pins a snapshot for; one whose parameters are refused ({@code 400}) is not Okta paging, and is left out.
 *
 * <p>Recording reads and writes one row in one short transaction, beside the token lookup every SCIM request already
 * makes in the same database; a failure to record is logged and the page answered as it is, so the history never costs
 * Okta a page.
 */
@Provider
public class ImportRecording implements ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger(ImportRecording.class.getName());

    @Inject
    AuthenticatedTenant authenticated;

    @Inject
    ListedPage listed;

    @Inject
    ImportHistory history;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!authenticated.isAuthenticated()) {
            return;
        }
        try {
            importPage(request, response.getStatus()).ifPresent(history::record);
        } catch (RuntimeException e) {
            LOG.warning(LogLine.of("import-history-failed", "tenant", authenticated.view().tenantId(),
                    "endpoint", ScimEndpoint.of(request), "error", e.getClass().getSimpleName()));
        }
    }

    private Optional<ImportPage> importPage(ContainerRequestContext request, int status) {
        Optional<String> collection = ScimEndpoint.listedCollection(request);
        if (collection.isEmpty()) {
            return Optional.empty();
        }
        ListRequest list;
        try {
            list = ListRequest.parse(request.getUriInfo().getQueryParameters(), ScimReads.LIMITS);
        } catch (BadRequestException refused) {
            return Optional.empty();
        }
        if (list.filter().isPresent()) {
            return Optional.empty();
        }
        String tenantId = authenticated.view().tenantId();
        String tokenId = authenticated.tokenId();
        return Optional.of(listed.served().filter(served -> status < 400)
                .map(served -> ImportPage.served(tenantId, tokenId, collection.get(), list.startIndex(), served))
                .orElseGet(() -> ImportPage.failed(tenantId, tokenId, collection.get(), list.startIndex())));
    }
}
