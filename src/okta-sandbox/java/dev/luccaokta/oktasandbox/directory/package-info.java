/**
 * What the org holds: its identity sources and the users, groups and memberships they source. Each source's
 * {@code externalId} is an app user ({@code 0ua…}) linked to an Okta user ({@code 00u…}) whose profile is the app
 * user's (an identity mapping), {@code ACTIVE} or {@code DEPROVISIONED}.
 */
package dev.luccaokta.oktasandbox.directory;
