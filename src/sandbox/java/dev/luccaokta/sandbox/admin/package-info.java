/**
 * The sandbox's own switches under {@code /sandbox/}: settings in force, fault injection, the request log, reset to
 * the initial state, API key creation, and the end of routes announced as Lucca deprecates them. They take and
 * return JSON, need no API key, and are neither rate-limited nor counted in the request log.
 */
package dev.luccaokta.sandbox.admin;
