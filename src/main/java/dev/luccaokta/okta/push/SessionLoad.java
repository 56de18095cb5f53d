package dev.luccaokta.okta.push;

import dev.luccaokta.okta.IdentitySourceSessions;
import dev.luccaokta.okta.OktaFailure;
import dev.luccaokta.okta.OktaSource;
import dev.luccaokta.tenant.PushSessionRecord;
import java.time.Instant;
import java.util.List;

/**
 * What one import session carries (at most 50 bulk uploads, in order), and what becomes of it once Okta completed
 * the session, once loading it failed (the session is cancelled), or once Okta ended it otherwise.
 */
interface SessionLoad {

    /** One bulk upload into a session. */
    interface Upload {
        void to(IdentitySourceSessions sessions, OktaSource source, String sessionId);
    }

    List<Upload> uploads();

    PushSessionRecord.Purpose purpose();

    /** People or groups upserted, for the session's record. */
    int upserted();

    /** People or groups deleted, for the session's record. */
    int deleted();

    void completed(Instant at);

    void failed(OktaFailure failure);

    void ended(String why);
}
