/**
 * Lucca's webhooks as the sandbox emulates them: webhook endpoints and their activation challenge, the event store
 * fed by every change to a person, and signed deliveries with retries, suspension and fault switches.
 */
package dev.luccaokta.sandbox.webhooks;
