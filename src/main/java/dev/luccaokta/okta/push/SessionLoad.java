package dev.luccaokta.okta.push;

import dev.luccaokta.okta.IdentitySourceSessions;
import dev.luccaokta.okta.OktaFailure;
import dev.luccaokta.okta.OktaSource;
import dev.luccaokta.tenant.PushSessionRecord;
import java.time.Duration;
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

    /** How many times what the session carries was tried before, for the backoff after a failure. */
    int attempts();

    void completed(Instant at);

    /** Loading failed, and the session was cancelled: what it carried waits {@code wait}. */
    void failed(OktaFailure failure, Duration wait);

    void ended(String why);
}
