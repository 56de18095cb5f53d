package dev.luccaokta.sandbox.webhooks;

import jakarta.json.JsonObject;

/**
 * One event a change produces, before the store numbers it: its topic, the resource as it now is, what changed.
 *
 * @param previousAttributes on {@code *.updated} only: each changed attribute's previous value; null otherwise
 * @param establishmentId    the business establishment the resource belongs to
 */
public record EventDraft(String topic, JsonObject data, JsonObject previousAttributes, Integer establishmentId) {
}
