/**
 * Starts the sandbox: reads its MicroProfile Config settings, generates the data set at deployment (so the first
 * request does not pay for it) and makes the application-wide services available for injection. The services
 * themselves are plain classes, constructed here, so that they can be tested without a container.
 */
package dev.luccaokta.sandbox.boot;
