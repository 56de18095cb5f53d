package dev.luccaokta.okta;

import java.util.List;

/**
 * One bulk upload of users into a session, as {@link BulkChunks} cuts them: an upsert (B1) or a delete (B2) of at
 * most {@value BulkChunks#MAX_ITEMS} users and {@value BulkChunks#MAX_REQUEST_BYTES} bytes of JSON.
 */
public sealed interface BulkRequest {

    record UpsertUsers(List<OktaProfile> profiles) implements BulkRequest {
    }

    record DeleteUsers(List<String> externalIds) implements BulkRequest {
    }
}
