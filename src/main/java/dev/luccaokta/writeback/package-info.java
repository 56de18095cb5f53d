/**
 * Okta → Lucca: whether a tenant may write at all (its switch and its Lucca key's permissions), which SCIM
 * attributes map back to which Lucca fields and why the others cannot, the planning of one partial update against
 * the person's current Lucca record, the write itself, and the audit trail of every attempt.
 */
package dev.luccaokta.writeback;
