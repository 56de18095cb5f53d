package dev.luccaokta.scim;

import com.unboundid.scim2.common.exceptions.BadRequestException;
import dev.luccaokta.directory.ImportPages;
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
 * Counts each page of Okta's imports in the tenant's import history ({@link ImportPages}) once it is answered: what
 * it served, or that it failed (a 503 while Lucca cannot be read, a 429 over the tenant's requests in flight). A page
 * of an import is an unfiltered list of {@code /Users} or {@code /Groups}, the request {@link ScimReads#snapshotFor}
 * pins a snapshot for; one whose parameters are refused ({@code 400}) is not Okta paging, and is left out.
 *
 * <p>The page is handed over and counted in the background, so that the history never costs Okta time; a failure to
 * hand it over is logged and the page answered as it is.
 */
@Provider
public class ImportRecording implements ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger(ImportRecording.class.getName());

    @Inject
    AuthenticatedTenant authenticated;

    @Inject
    ListedPage listed;

    @Inject
    ImportPages pages;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!authenticated.isAuthenticated()) {
            return;
        }
        try {
            importPage(request, response.getStatus()).ifPresent(pages::answered);
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
        String tenantId = authenticated.view().tenantId();
        String tokenId = authenticated.tokenId();
        Optional<ListedPage.Listed> served = listed.listed().filter(page -> status < 400);
        if (served.isPresent()) {
            return served.filter(page -> !page.filtered())
                    .map(page -> ImportPage.served(tenantId, tokenId, collection.get(), page.startIndex(), page.served()));
        }
        // Failed before or after serving: what it asked for tells whether it was a page of an import.
        ListRequest list;
        try {
            list = ListRequest.parse(request.getUriInfo().getQueryParameters(), ScimReads.LIMITS);
        } catch (BadRequestException refused) {
            return Optional.empty();
        }
        return list.filter().isPresent() ? Optional.empty()
                : Optional.of(ImportPage.failed(tenantId, tokenId, collection.get(), list.startIndex()));
    }
}
