package dev.luccaokta.tenant;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;

/**
 * What Okta was last sent, per tenant and person (external id): the hash of the profile, so that only people whose
 * profile changed are sent again, and the people Okta knows are told apart from the others.
 *
 * <pre>{@code
 * Map<String, String> known = ledger.hashes(tenantId);
 * ledger.sent(tenantId, Map.of("1042", sha256Hex), List.of("977"), now);   // 1042 upserted, 977 deleted
 * }</pre>
 */
public interface OktaLedger {

    /**
     * Keys of the tenant's groups in the ledger ({@code g:} and their id) and of their memberships ({@code m:}, the
     * group's id, {@code :}, the member's): a person's key is their external id, which has no colon.
     */
    String GROUP = "g:";
    String MEMBERSHIP = "m:";

    /** Every person of the tenant Okta was sent: external id → hash of the profile sent. */
    Map<String, String> hashes(String tenantId);

    /** The hashes of these people of the tenant, those Okta was sent: a round reads only whom it sends. */
    Map<String, String> hashes(String tenantId, Collection<String> externalIds);

    /** The tenant's groups ({@link #GROUP}) or memberships ({@link #MEMBERSHIP}) Okta was sent: key → hash. */
    Map<String, String> hashesOf(String tenantId, String kind);

    /** Forgets everything the tenant's Okta was sent: another identity source holds none of it. */
    void forget(String tenantId);

    /** Records, in one transaction, the profiles Okta accepted (external id → hash) and the people it deleted. */
    void sent(String tenantId, Map<String, String> hashes, Collection<String> deleted, OffsetDateTime at);

    /**
     * Forgets the profiles Okta was sent, keeping who was sent: each person, group and membership compares as changed,
     * and is sent again, while whoever left is still known to be deleted. For an Okta that may have lost or changed
     * people.
     */
    void forgetProfiles(String tenantId);

    /** How many people of the tenant Okta was sent and not deleted. */
    long count(String tenantId);
}
