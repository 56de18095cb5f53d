package dev.luccaokta.writeback;

import dev.luccaokta.directory.TenantView;

/**
 * What {@link UserWriter#authorize} hands back once the write-back policy lets a request through, and what
 * {@link UserWriter#write} takes: a write cannot start without the policy's word, and the policy speaks before a
 * byte of the request's body is read.
 */
public final class WritePermit {

    private final TenantView tenant;
    private final WriteAttempt attempt;
    private final boolean loginAndMail;

    WritePermit(TenantView tenant, WriteAttempt attempt, boolean loginAndMail) {
        this.tenant = tenant;
        this.attempt = attempt;
        this.loginAndMail = loginAndMail;
    }

    TenantView tenant() {
        return tenant;
    }

    WriteAttempt attempt() {
        return attempt;
    }

    /** Whether the tenant lets Okta change login and professional mail too. */
    boolean loginAndMail() {
        return loginAndMail;
    }
}
