package dev.luccaokta.tenant;

/**
 * A tenant's stored secret cannot be opened: it was not sealed for its tenant and column with the configured key
 * (copied from another row, written in plain text after the migration, altered). The tenant is broken until an
 * administrator enters the credential again; the message names the tenant and column, never the value.
 */
public class UnreadableSecretException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    UnreadableSecretException(String tenantId, String column, Throwable cause) {
        super("The " + column + " stored for tenant " + tenantId + " cannot be opened: enter it again", cause);
    }
}
