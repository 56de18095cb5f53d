/**
 * Where the connector may send a key, a secret or a token: the rules its ends of outside APIs ({@code lucca},
 * {@code okta}) share for the URLs they call (https, an allowed host, no local address), each with its own settings
 * and its own failures.
 */
package dev.luccaokta.net;
