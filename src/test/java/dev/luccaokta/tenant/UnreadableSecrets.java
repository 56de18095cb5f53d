package dev.luccaokta.tenant;

/** The failure of a stored secret that no longer opens, for tests of what its callers do with it. */
public final class UnreadableSecrets {

    private UnreadableSecrets() {
    }

    public static UnreadableSecretException of(String tenantId, String column) {
        return new UnreadableSecretException(tenantId, column, new IllegalStateException("sealed for another place"));
    }
}
