/**
 * The push mode: the people of a tenant's snapshot sent to an Okta Custom Identity Source as they change, rather
 * than pulled by Okta over SCIM. {@link dev.luccaokta.okta.push.PushWatcher} finds who changed, by comparing each
 * new snapshot with the last one it looked at and with the ledger of what Okta was last sent, and puts them in the
 * durable outbox; {@link dev.luccaokta.okta.push.PushSender} drains it, one user at a time through Okta's per-user
 * endpoints, or through an import session for a large batch (the first load, a reconciliation) or where Okta has no
 * per-user endpoints.
 */
package dev.luccaokta.okta.push;
