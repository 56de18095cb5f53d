/**
 * Lucca → connector in real time: the webhook endpoint each tenant has on its Lucca (made, re-activated, deleted),
 * the receiver Lucca calls (activation challenge, signature and timestamp window), a durable inbox written before
 * an event is acknowledged, and the applying of events to the tenant's snapshot — deduplicated, in the order they
 * occurred, each person read again from Lucca by id lists — with a catch-up from Lucca's event history after a
 * suspension or a restart. Depends on {@code directory}, {@code lucca} and {@code tenant}; nothing below depends on it.
 */
package dev.luccaokta.events;
