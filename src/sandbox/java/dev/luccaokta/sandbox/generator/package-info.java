/**
 * Builds the sandbox data set deterministically: the same seed, size and "today" always give the same employees.
 * The organisation structure (departments, establishments, legal units, countries, roles, extended data
 * definitions) is a fixed fixture; employees are drawn from a seeded random source, with contract dates placed
 * relative to "today" so that the share of former and future employees stays stable whatever the date.
 */
package dev.luccaokta.sandbox.generator;
