/**
 * The sandbox's in-memory Lucca data: employees, the organisation structure they point to (departments,
 * establishments, legal units, countries), roles, permissions and extended data definitions. Everything here is
 * immutable except {@link dev.luccaokta.sandbox.data.EmployeeDirectory}, which publishes copy-on-write snapshots so
 * that queries never block behind an update.
 */
package dev.luccaokta.sandbox.data;
