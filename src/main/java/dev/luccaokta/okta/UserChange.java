package dev.luccaokta.okta;

/**
 * What the push mode has to tell an identity source about one user: its profile, or that it is gone (a bulk delete,
 * which deactivates the Okta user).
 *
 * <pre>{@code
 * List<UserChange> changes = List.of(new UserChange.Upsert(jane), new UserChange.Delete("LUCCA-4712"));
 * }</pre>
 */
public sealed interface UserChange {

    String externalId();

    record Upsert(OktaProfile profile) implements UserChange {
        @Override
        public String externalId() {
            return profile.externalId();
        }
    }

    record Delete(String externalId) implements UserChange {
        public Delete {
            OktaProfile.checkExternalId(externalId, OktaProfile.MAX_EXTERNAL_ID);
        }
    }
}
