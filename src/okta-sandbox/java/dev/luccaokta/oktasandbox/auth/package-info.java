/**
 * Who may call the emulated org: API tokens ({@code SSWS}), service apps that authenticate with a
 * {@code private_key_jwt} client assertion, the access tokens issued to them (bearer or bound to a DPoP key), and
 * the checks of assertions and DPoP proofs, done with nimbus-jose-jwt.
 */
package dev.luccaokta.oktasandbox.auth;
