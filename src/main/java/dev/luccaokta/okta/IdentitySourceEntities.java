package dev.luccaokta.okta;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * One user, group or membership of an identity source at a time, without a session (U1 to U5, G1, G2, M2, M3):
 * what reaches Okta within seconds, where the org has Okta's per-entity calls. Where it has not, a create (whose
 * path names nothing but the source) fails with {@link OktaFailure.Kind#FEATURE_MISSING}, and the push mode falls
 * back to sessions. A user, group or member that Okta does not know is an answer, not a failure: reads say empty,
 * deletes say false. Reads are retried after a transient failure; writes are not.
 *
 * <pre>{@code
 * if (entities.user(source, "LUCCA-4711").isPresent()) entities.updateUser(source, jane); else entities.createUser(source, jane);
 * }</pre>
 */
@ApplicationScoped
public class IdentitySourceEntities {

    private final OktaCalls calls;

    @Inject
    public IdentitySourceEntities(OktaCalls calls) {
        this.calls = calls;
    }

    /** For the container's proxy, which hands every call to an instance made with the constructor above. */
    protected IdentitySourceEntities() {
        this(null);
    }

    /** U1: creates the user; Okta's record of it when its answer carries one. */
    public Optional<OktaUserRecord> createUser(OktaSource source, OktaProfile profile) {
        return write(source, "POST", source.path("/users"), OktaBodies.UserEntry.of(profile), OktaErrors.Target.SOURCE,
                OktaUserRecord::of);
    }

    /** U2: the user as the source holds it; empty when Okta does not know it. */
    @Retry(retryOn = OktaTransientException.class, maxRetries = 2, delay = 500, jitter = 250)
    public Optional<OktaUserRecord> user(OktaSource source, String externalId) {
        return read(source, userPath(source, externalId), OktaUserRecord::of);
    }

    /** U3: replaces the user's whole profile (attributes left out become null). */
    public Optional<OktaUserRecord> replaceUser(OktaSource source, OktaProfile profile) {
        return writeUser(source, "PUT", profile);
    }

    /** U4: changes the attributes the profile has, keeps the others. */
    public Optional<OktaUserRecord> updateUser(OktaSource source, OktaProfile profile) {
        return writeUser(source, "PATCH", profile);
    }

    /** U5: deletes the user; false when Okta did not know it. */
    public boolean deleteUser(OktaSource source, String externalId) {
        return delete(source, userPath(source, externalId));
    }

    /** G1: creates the group. */
    public Optional<OktaGroupRecord> createGroup(OktaSource source, OktaGroup group) {
        return write(source, "POST", source.path("/groups"), OktaBodies.GroupEntry.of(group), OktaErrors.Target.SOURCE,
                OktaGroupRecord::of);
    }

    /** G2: the group, by Okta's id or its external id; empty when Okta does not know it. */
    @Retry(retryOn = OktaTransientException.class, maxRetries = 2, delay = 500, jitter = 250)
    public Optional<OktaGroupRecord> group(OktaSource source, String groupOrExternalId) {
        return read(source, groupPath(source, groupOrExternalId, ""), OktaGroupRecord::of);
    }

    /** G2: updates the group's profile. */
    public Optional<OktaGroupRecord> updateGroup(OktaSource source, OktaGroup group) {
        return write(source, "POST", groupPath(source, group.externalId(), ""), OktaBodies.GroupEntry.of(group),
                OktaErrors.Target.ENTITY, OktaGroupRecord::of);
    }

    /** G2: deletes the group; false when Okta did not know it. */
    public boolean deleteGroup(OktaSource source, String groupOrExternalId) {
        return delete(source, groupPath(source, groupOrExternalId, ""));
    }

    /** M2: makes the user a member of the group. */
    public void addMember(OktaSource source, String groupOrExternalId, String memberExternalId) {
        OktaProfile.checkExternalId(memberExternalId, OktaGroup.MAX_ID);
        calls.call(source, "POST", groupPath(source, groupOrExternalId, "/membership"),
                OktaJson.write(new OktaBodies.Member(memberExternalId)), OktaErrors.Target.ENTITY);
    }

    /** M3: removes the user from the group; false when Okta did not know the membership. */
    public boolean removeMember(OktaSource source, String groupOrExternalId, String memberExternalId) {
        String member = OktaSource.segment(OktaProfile.checkExternalId(memberExternalId, OktaGroup.MAX_ID));
        return delete(source, groupPath(source, groupOrExternalId, "/membership/" + member));
    }

    private Optional<OktaUserRecord> writeUser(OktaSource source, String method, OktaProfile profile) {
        return write(source, method, userPath(source, profile.externalId()),
                new OktaBodies.ProfileOnly(profile.attributes()), OktaErrors.Target.ENTITY, OktaUserRecord::of);
    }

    /** A write, and what Okta's answer says of the result when it says something usable. */
    private <T> Optional<T> write(OktaSource source, String method, String path, Object body, OktaErrors.Target target,
                                  Function<JsonValue, Optional<T>> result) {
        OktaAnswer answer = calls.call(source, method, path, OktaJson.write(body), target);
        return OktaJson.parse(answer.body()).flatMap(result);
    }

    private <T> Optional<T> read(OktaSource source, String path, Function<JsonValue, Optional<T>> result) {
        return unlessUnknown(() -> calls.call(source, "GET", path, null, OktaErrors.Target.ENTITY))
                .flatMap(answer -> OktaJson.parse(answer.body()).flatMap(result));
    }

    /** True when Okta deleted it, false when it did not know it. */
    private boolean delete(OktaSource source, String path) {
        return unlessUnknown(() -> calls.call(source, "DELETE", path, null, OktaErrors.Target.ENTITY)).isPresent();
    }

    private static String userPath(OktaSource source, String externalId) {
        return source.path("/users/" + OktaSource.segment(
                OktaProfile.checkExternalId(externalId, OktaProfile.MAX_EXTERNAL_ID)));
    }

    private static String groupPath(OktaSource source, String groupOrExternalId, String suffix) {
        return source.path("/groups/" + OktaSource.segment(OktaProfile.checkExternalId(groupOrExternalId,
                OktaGroup.MAX_ID)) + suffix);
    }

    /** The answer, or empty when Okta says it does not know what the path names (404). */
    private static Optional<OktaAnswer> unlessUnknown(Supplier<OktaAnswer> call) {
        try {
            return Optional.of(call.get());
        } catch (OktaRefusedException e) {
            if (e.kind() == OktaFailure.Kind.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
