/**
 * The connector as a web application on its server: every request's id and access-log line, the log lines'
 * {@code key=value} form, and whether the instance serves (starting, serving, draining at shutdown) with the
 * drain of the requests under way.
 */
package dev.luccaokta.web;
