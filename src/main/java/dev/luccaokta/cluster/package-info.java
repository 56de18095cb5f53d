/**
 * What several instances of the connector share: small binary entries in the application server's distributed
 * cache (JCache, backed by Payara's Hazelcast data grid), or nothing when {@code connector.cluster} is
 * {@code none}. Only JDK types cross the grid, so no class of the application has to be known by its members.
 * Depends on nothing else of the connector.
 */
package dev.luccaokta.cluster;
