/**
 * Lucca API keys: the fixed keys documented for the sandbox, keys created at run time through the admin endpoint,
 * and the {@code Authorization: lucca application={key}} header that carries them. A key grants a set of
 * {@link dev.luccaokta.sandbox.data.Permission permissions}; what each operation needs is decided by the API layer.
 */
package dev.luccaokta.sandbox.auth;
