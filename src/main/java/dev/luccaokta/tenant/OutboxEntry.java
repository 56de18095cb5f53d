package dev.luccaokta.tenant;

import java.time.OffsetDateTime;

/**
 * One person waiting in the {@link PushOutbox}, as read: the {@code sequence} read is what
 * {@link PushOutbox#delivered} and {@link PushOutbox#postpone} compare, so that a change enqueued meanwhile stays.
 *
 * @param changedAt the earliest change not yet delivered, which the lag is measured from
 * @param attempts  the deliveries of this change that failed so far
 */
public record OutboxEntry(String externalId, PushAction action, OffsetDateTime changedAt, long sequence, int attempts) {
}
