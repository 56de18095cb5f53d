package dev.luccaokta.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing down: failed sign-ins are counted per client address and per account over a sliding
 * window, and past a limit the address (or, for addresses that never signed in to it, the account) is refused
 * until its oldest counted failure leaves the window. An address is limited first and hardest; the account limit
 * stops guesses spread over many addresses, but it never shuts out an address from which the account signed in
 * before, and it ends with the window: nobody can lock a person out for good.
 *
 * <pre>{@code
 * throttle.refusal(mail, address).ifPresent(retryAfter -> answer429(retryAfter));
 * ... throttle.failed(mail, address) or throttle.succeeded(mail, address)
 * }</pre>
 */
public class SignInThrottle {

    /** Past this many tracked keys the oldest ones are forgotten: spoofed addresses cannot fill the heap. */
    static final int MAX_TRACKED = 100_000;

    private final Clock clock;
    private final Duration window;
    private final int perAddress;
    private final int perAccount;
    private final Map<String, Deque<Instant>> addressFailures = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> accountFailures = new ConcurrentHashMap<>();
    private final Map<String, Instant> knownAddresses = new ConcurrentHashMap<>();

    public SignInThrottle(Clock clock, Duration window, int perAddress, int perAccount) {
        this.clock = clock;
        this.window = window;
        this.perAddress = perAddress;
        this.perAccount = perAccount;
    }

    /** How long to wait when this attempt must not even be checked, empty when it may be. */
    public Optional<Duration> refusal(String account, String address) {
        Instant now = clock.instant();
        Optional<Duration> byAddress = wait(addressFailures.get(address), perAddress, now);
        if (byAddress.isPresent() || isKnown(account, address, now)) {
            return byAddress;
        }
        return wait(accountFailures.get(account), perAccount, now);
    }

    public void failed(String account, String address) {
        Instant now = clock.instant();
        count(addressFailures, address, perAddress, now);
        count(accountFailures, account, perAccount, now);
    }

    /** The address is known to the account from now on; earlier failures still count against the address. */
    public void succeeded(String account, String address) {
        Instant now = clock.instant();
        if (knownAddresses.size() >= MAX_TRACKED) {
            knownAddresses.values().removeIf(until -> until.isBefore(now));
        }
        if (knownAddresses.size() < MAX_TRACKED) {
            knownAddresses.put(account + " " + address, now.plus(Duration.ofDays(30)));
        }
    }

    private boolean isKnown(String account, String address, Instant now) {
        Instant until = knownAddresses.get(account + " " + address);
        return until != null && until.isAfter(now);
    }

    private Optional<Duration> wait(Deque<Instant> failures, int limit, Instant now) {
        if (failures == null) {
            return Optional.empty();
        }
        synchronized (failures) {
            expire(failures, now);
            if (failures.size() < limit) {
                return Optional.empty();
            }
            Duration left = Duration.between(now, failures.peekFirst().plus(window));
            return Optional.of(left.isNegative() || left.isZero() ? Duration.ofSeconds(1) : left);
        }
    }

    private void count(Map<String, Deque<Instant>> failuresByKey, String key, int limit, Instant now) {
        if (failuresByKey.size() >= MAX_TRACKED) {
            failuresByKey.values().removeIf(failures -> {
                synchronized (failures) {
                    expire(failures, now);
                    return failures.isEmpty();
                }
            });
            if (failuresByKey.size() >= MAX_TRACKED) {
                failuresByKey.clear();
            }
        }
        Deque<Instant> failures = failuresByKey.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (failures) {
            expire(failures, now);
            failures.addLast(now);
            // Only the newest failures up to the limit matter to when the key is free again.
            while (failures.size() > limit) {
                failures.removeFirst();
            }
        }
    }

    private void expire(Deque<Instant> failures, Instant now) {
        Instant start = now.minus(window);
        while (!failures.isEmpty() && !failures.peekFirst().isAfter(start)) {
            failures.removeFirst();
        }
    }
}
