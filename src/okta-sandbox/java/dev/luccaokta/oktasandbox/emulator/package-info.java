/**
 * The emulator's own controls, for tests, benchmarks and the demo: the org's boot defaults (from MicroProfile
 * Config), the settings a test may change (processing delay, session window, create status, token lifetime), the
 * faults it may inject, and the log of the requests answered (never their credentials).
 */
package dev.luccaokta.oktasandbox.emulator;
