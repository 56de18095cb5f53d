package dev.luccaokta.writeback;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.exceptions.ForbiddenException;
import com.unboundid.scim2.common.exceptions.ResourceNotFoundException;
import com.unboundid.scim2.common.exceptions.ScimException;
import dev.luccaokta.directory.DirectorySnapshot;
import dev.luccaokta.directory.DirectoryUnavailableException;
import dev.luccaokta.directory.TenantDirectories;
import dev.luccaokta.directory.TenantView;
import dev.luccaokta.lucca.LuccaErrorStatusException;
import dev.luccaokta.lucca.LuccaFailure;
import dev.luccaokta.lucca.LuccaGateway;
import dev.luccaokta.lucca.LuccaUrlRefusedException;
import dev.luccaokta.lucca.LuccaUser;
import dev.luccaokta.tenant.AuditOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import dev.luccaokta.web.LogLine;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Writes what Okta asks of one user to Lucca: checks that the tenant may write (before the request is read), reads
 * the user's current Lucca record, plans the change against it, and sends Lucca one partial update with only the
 * writable fields that changed, which Lucca applies entirely or not at all. Lucca's answer goes into the tenant's
 * snapshot, and every attempt, whatever its outcome, into the audit trail: a change is on record before Lucca is
 * asked to apply it.
 *
 * <pre>{@code
 * WritePermit permit = writer.authorize(tenant, "42", "PUT", requestId);
 * ObjectNode updated = writer.write(permit, new UserEdit("PUT", false, current -> body));
 * }</pre>
 */
@ApplicationScoped
public class UserWriter {

    private static final Logger LOG = Logger.getLogger(UserWriter.class.getName());
    private static final Duration RETRY_AFTER = Duration.ofSeconds(30);
    /** Lucca's user ids: positive integers that fit a long. */
    private static final Pattern LUCCA_ID = Pattern.compile("[1-9][0-9]{0,17}");
    private static final String MAYBE_APPLIED = "; it may or may not have applied it, and sending it again is safe";

    @Inject
    ReverseSyncPolicy policy;

    @Inject
    LuccaKeyPermissions permissions;

    @Inject
    TenantDirectories directories;

    @Inject
    LuccaGateway lucca;

    @Inject
    AuditTrail audit;

    /**
     * Whether Okta may write to this tenant's Lucca at all, asked before the request's body is read; a refusal is on
     * record, repeats counted in one row. An id that is not a Lucca id names nobody: 404, and nothing on record.
     */
    public WritePermit authorize(TenantView tenant, String userId, String operation, String requestId) throws ScimException {
        if (!LUCCA_ID.matcher(userId).matches()) {
            // Recorded, made-up ids would let anyone holding the token fill the trail, a row per id kept for a year.
            throw notFound(userId);
        }
        WriteAttempt attempt = new WriteAttempt(tenant.tenantId(), requestId, operation, userId);
        Progress progress = new Progress();
        boolean loginAndMail = recorded(attempt, progress,
                () -> ask(tenant, () -> policy.authorize(tenant.tenantId(), tenant.lucca()), progress, false));
        return new WritePermit(tenant, attempt, loginAndMail);
    }

    /** The user as Okta now receives them. */
    public ObjectNode write(WritePermit permit, UserEdit edit) throws ScimException {
        Progress progress = new Progress();
        ObjectNode written = recorded(permit.attempt(), progress, () -> write(permit, edit, progress));
        finish(permit.attempt(), progress, progress.plan.changesNothing() ? AuditOutcome.UNCHANGED : AuditOutcome.APPLIED, null);
        return written;
    }

    /** A write request that could not even be read (malformed body, bad PATCH): refused, and on record. */
    public void recordUnreadable(WritePermit permit, ScimException error) {
        audit.record(permit.attempt(), null, null, AuditOutcome.INVALID, error.getMessage());
    }

    /** Runs a step of the write; a failure goes on record with what is known so far, then on to the caller. */
    private <T> T recorded(WriteAttempt attempt, Progress progress, LuccaCall<T> step) throws ScimException {
        try {
            return step.get();
        } catch (ScimException e) {
            finish(attempt, progress, outcomeOf(e, progress), e.getMessage());
            throw e;
        } catch (LuccaWriteFailedException | DirectoryUnavailableException e) {
            finish(attempt, progress, AuditOutcome.LUCCA_FAILED, e.getMessage());
            throw e;
        } catch (RuntimeException e) {
            finish(attempt, progress, AuditOutcome.ERROR, e.getClass().getSimpleName());
            throw e;
        }
    }

    /**
     * Puts the end of an attempt on record. A failure after Lucca applied the change does not undo it: then the row
     * says it was applied, and what followed.
     */
    private void finish(WriteAttempt attempt, Progress progress, AuditOutcome outcome, String detail) {
        AuditOutcome ended = progress.applied ? AuditOutcome.APPLIED : outcome;
        String said = progress.applied && detail != null ? "Applied in Lucca, then: " + detail : detail;
        if (progress.pendingId != null) {
            audit.complete(attempt, progress.pendingId, progress.luccaStatus, ended, said);
        } else {
            audit.record(attempt, progress.plan, progress.luccaStatus, ended, said);
        }
    }

    /** What is known so far of a write, for its audit row. */
    private static final class Progress {
        private ChangePlan plan;
        private Integer luccaStatus;
        private boolean applied;
        /** The row stored before Lucca was asked to write, once it was. */
        private String pendingId;
    }

    /** A Lucca call, which may also refuse in SCIM terms. */
    @FunctionalInterface
    private interface LuccaCall<T> {
        T get() throws ScimException;
    }

    private ObjectNode write(WritePermit permit, UserEdit edit, Progress progress) throws ScimException {
        TenantView tenant = permit.tenant();
        WriteAttempt attempt = permit.attempt();
        boolean loginAndMail = permit.loginAndMail();
        String userId = attempt.userId();
        long id = Long.parseLong(userId);
        DirectorySnapshot snapshot = directories.current(tenant);
        LuccaUser before = ask(tenant, () -> lucca.user(tenant.lucca(), id), progress, false)
                .orElseThrow(() -> notFound(userId));
        ObjectNode current = snapshot.represent(before).orElseThrow(() -> notFound(userId));
        ObjectNode desired = edit.change().apply(current.deepCopy());
        ChangePlanner planner = new ChangePlanner(WriteBindings.of(tenant, loginAndMail),
                new AttributeRules(tenant, snapshot.catalogue(), loginAndMail));
        progress.plan = planner.plan(current, desired, edit.strict());
        if (progress.plan.changesNothing()) {
            directories.recordWrite(tenant, before);
            return current;
        }
        progress.pendingId = begin(attempt, progress.plan);
        LuccaUser answered = ask(tenant, () -> lucca.updateUser(tenant.lucca(), id, progress.plan.luccaBody()), progress, true);
        progress.luccaStatus = 200;
        progress.applied = true;
        // Lucca's answer normally holds the user; without it, the user is read again.
        LuccaUser after = answered != null ? answered
                : ask(tenant, () -> lucca.user(tenant.lucca(), id), progress, false).orElseThrow(() -> notFound(userId));
        directories.recordWrite(tenant, after);
        return snapshot.represent(after).orElseThrow(() -> new IllegalStateException("Lucca's answer left user " + id + " unlisted"));
    }

    /** One Lucca call, its failures said in SCIM terms: Lucca's refusals as 4xx, its failures as 502 or 503. */
    private <T> T ask(TenantView tenant, LuccaCall<T> call, Progress progress, boolean writing) throws ScimException {
        String what = writing ? "the change" : "the user's current record";
        try {
            return call.get();
        } catch (LuccaFailure failure) {
            failure.luccaStatus().ifPresent(status -> progress.luccaStatus = status);
            throw switch (failure.kind()) {
                case ERROR_STATUS, TOKEN_REFUSED ->
                        answered(tenant, (LuccaErrorStatusException) failure, what, writing);
                case UNUSABLE_ANSWER -> new LuccaWriteFailedException(502, "Lucca's answer to " + what
                        + " could not be used" + fate(failure, writing), RETRY_AFTER);
                case TRANSIENT -> failed(failure, what, writing);
                case THROTTLED -> new LuccaWriteFailedException(503, "Lucca keeps throttling the tenant's requests",
                        RETRY_AFTER);
                case UNAVAILABLE -> new LuccaWriteFailedException(503, failure.getMessage(),
                        failure.retryAfter().orElse(RETRY_AFTER));
                case URL_REFUSED, HOST_UNRESOLVED -> new LuccaWriteFailedException(503, failure.getMessage()
                        + "; nothing was changed", LuccaUrlRefusedException.RETRY_AFTER);
            };
        }
    }

    /** Lucca's error answer: its refusals (4xx) in SCIM terms, with its words; its own failures (5xx) as a 502. */
    private LuccaWriteFailedException answered(TenantView tenant, LuccaErrorStatusException answer, String what,
                                               boolean writing) throws ScimException {
        String lucca = answer.luccaMessage().orElse("no reason given");
        switch (answer.status()) {
            case 401, 403 -> {
                permissions.forget(tenant.lucca());
                throw new ForbiddenException("Lucca refused " + what + " to the tenant's API key: " + lucca);
            }
            case 404 -> throw new ResourceNotFoundException("Lucca has no user visible to the tenant's API key: " + lucca);
            default -> {
                if (answer.status() < 500) {
                    throw BadRequestException.invalidValue("Lucca refused " + what + ": " + lucca);
                }
                return new LuccaWriteFailedException(502, "Lucca answered " + answer.status() + " to " + what
                        + fate(answer, writing), RETRY_AFTER);
            }
        }
    }

    /**
     * Lucca or a gateway in front of it failed (5xx: 502), or Lucca timed out or did not answer (503), in a way worth
     * trying again: Okta comes back when Lucca said.
     */
    private static LuccaWriteFailedException failed(LuccaFailure failure, String what, boolean writing) {
        OptionalInt status = failure.luccaStatus();
        String said = status.isPresent() ? "Lucca answered " + status.getAsInt() + " to " + what
                : "Lucca did not answer " + what;
        return new LuccaWriteFailedException(status.isPresent() && status.getAsInt() >= 500 ? 502 : 503,
                said + fate(failure, writing), failure.retryAfter().orElse(RETRY_AFTER));
    }

    /** What Okta is told of a change Lucca failed: whether it may have been applied all the same. */
    private static String fate(LuccaFailure failure, boolean writing) {
        if (!writing) {
            return "";
        }
        return failure.mayHaveApplied() ? MAYBE_APPLIED : "; nothing was changed";
    }

    /** No change goes to Lucca without its row: when the row cannot be stored, the change is not sent. */
    private String begin(WriteAttempt attempt, ChangePlan plan) throws ScimException {
        try {
            return audit.begin(attempt, plan);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, LogLine.of("audit-unavailable", "id", attempt.requestId(), "tenant", attempt.tenantId(),
                    "error", e.getClass().getSimpleName()));
            throw new ScimException(503, null, "The change could not be put on record, so it was not sent to Lucca; "
                    + "nothing was changed");
        }
    }

    private static AuditOutcome outcomeOf(ScimException error, Progress progress) {
        if (progress.luccaStatus != null && progress.luccaStatus >= 400) {
            return AuditOutcome.LUCCA_REJECTED;
        }
        if (error.getScimError().getStatus() >= 500) {
            return AuditOutcome.ERROR;
        }
        return error instanceof ForbiddenException ? AuditOutcome.REFUSED : AuditOutcome.INVALID;
    }

    private static ResourceNotFoundException notFound(String userId) {
        return new ResourceNotFoundException("No user " + userId);
    }
}
