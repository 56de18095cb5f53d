/**
 * The connector's metrics, kept on the server's MicroProfile Metrics registry where the server has one (Payara),
 * and dropped where it has none (WildFly, which has left MicroProfile Metrics for Micrometer): metrics never stop
 * a request or the deployment.
 */
package dev.luccaokta.metrics;
