/**
 * The connector as a web application on its server: every request's id and access-log line, the log lines'
 * {@code key=value} form, and whether the instance serves (starting, serving, draining at shutdown) with the
 * drain of the requests under way; and which JAX-RS resources and providers each of the WAR's applications serves
 * ({@link dev.luccaokta.web.JaxRsClasses}).
 */
package dev.luccaokta.web;
