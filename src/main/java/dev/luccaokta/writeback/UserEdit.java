package dev.luccaokta.writeback;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.exceptions.ScimException;

/**
 * What Okta asks of one user, to be applied to the user as Lucca has them at the time of the write.
 *
 * <pre>{@code
 * UserEdit put = new UserEdit("PUT", false, current -> merged(current, body));
 * }</pre>
 *
 * @param operation the HTTP method, for the audit trail
 * @param strict    whether an attribute Lucca cannot take is an error (PATCH names each one) rather than
 *                  ignored (PUT sends the whole user)
 * @param change    the user Okta wants, made from a copy of the current representation; may refuse (a stale
 *                  version, a patch that does not apply)
 */
public record UserEdit(String operation, boolean strict, Change change) {

    @FunctionalInterface
    public interface Change {
        ObjectNode apply(ObjectNode current) throws ScimException;
    }
}
