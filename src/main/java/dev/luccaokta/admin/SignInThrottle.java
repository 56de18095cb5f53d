package dev.luccaokta.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing down: sign-in attempts are counted per client network (an IPv4 address, an IPv6 /64,
 * see {@link ClientAddress#network}) and per account over a sliding window, and past a limit the network (or, for
 * networks that never signed in to it, the account) is refused until its oldest counted attempt leaves the window.
 * An attempt counts from the moment it is let through and is taken back when the password was right, so that
 * guesses sent in parallel are limited like guesses sent one after another. A network is limited first and
 * hardest; the account limit stops guesses spread over many networks, but it never shuts out a network from which
 * the account signed in before, and it ends with the window: nobody can lock a person out for good.
 *
 * <pre>{@code
 * SignInThrottle.Attempt attempt = throttle.attempt(mail, address);
 * attempt.refusal().ifPresent(retryAfter -> answer429(retryAfter));
 * ... if the password is right: attempt.succeeded();
 * }</pre>
 */
public class SignInThrottle {

    /** Past this many tracked keys the oldest ones are forgotten: spoofed addresses cannot fill the heap. */
    static final int MAX_TRACKED = 100_000;

    private final Clock clock;
    private final RecentFailures networkFailures;
    private final RecentFailures accountFailures;
    private final Map<String, Instant> knownNetworks = new ConcurrentHashMap<>();

    public SignInThrottle(Clock clock, Duration window, int perAddress, int perAccount) {
        this(clock, window, perAddress, perAccount, MAX_TRACKED);
    }

    SignInThrottle(Clock clock, Duration window, int perAddress, int perAccount, int maxTracked) {
        this.clock = clock;
        this.networkFailures = new RecentFailures(window, perAddress, maxTracked);
        this.accountFailures = new RecentFailures(window, perAccount, maxTracked);
    }

    /** One sign-in: refused, or counted as failed until {@link #succeeded()}. */
    public final class Attempt {

        private final String account;
        private final String network;
        private final Instant at;
        private final Optional<Duration> refusal;

        private Attempt(String account, String network, Instant at, Optional<Duration> refusal) {
            this.account = account;
            this.network = network;
            this.at = at;
            this.refusal = refusal;
        }

        /** How long to wait when this attempt must not even be checked, empty when it may be. */
        public Optional<Duration> refusal() {
            return refusal;
        }

        /** The password was right: the attempt no longer counts, and the network is known to the account. */
        public void succeeded() {
            if (refusal.isPresent()) {
                throw new IllegalStateException("A refused attempt cannot succeed");
            }
            networkFailures.release(network, at);
            accountFailures.release(account, at);
            if (knownNetworks.size() >= MAX_TRACKED) {
                knownNetworks.values().removeIf(until -> until.isBefore(at));
            }
            if (knownNetworks.size() < MAX_TRACKED) {
                knownNetworks.put(account + " " + network, at.plus(Duration.ofDays(30)));
            }
        }
    }

    public Attempt attempt(String account, String address) {
        Instant now = clock.instant();
        String network = ClientAddress.network(address);
        Optional<Duration> byNetwork = networkFailures.reserve(network, now, true);
        if (byNetwork.isPresent()) {
            return new Attempt(account, network, now, byNetwork);
        }
        Optional<Duration> byAccount = accountFailures.reserve(account, now, !isKnown(account, network, now));
        if (byAccount.isPresent()) {
            networkFailures.release(network, now);
        }
        return new Attempt(account, network, now, byAccount);
    }

    private boolean isKnown(String account, String network, Instant now) {
        Instant until = knownNetworks.get(account + " " + network);
        return until != null && until.isAfter(now);
    }
}
