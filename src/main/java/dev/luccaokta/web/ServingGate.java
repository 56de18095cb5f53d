package dev.luccaokta.web;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Opens readiness once the WAR serves, and drains at shutdown. A servlet without a mapping, declared in web.xml
 * to start last and stop first: the server starts it after the JAX-RS servlets, and on undeploy stops it before
 * them, so its {@link #destroy} can hold the undeploy while the requests under way finish (a context listener is
 * told only after the JAX-RS servlets are gone, and the server itself waits two seconds at most). Readiness turns
 * DOWN as soon as the JVM is told to stop, by a shutdown hook of its own: the server's hook reaches the WAR only
 * after stopping other services.
 */
public class ServingGate extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ServingGate.class.getName());

    @Inject
    transient ServingState state;

    @Inject
    @ConfigProperty(name = "connector.shutdownGraceSeconds", defaultValue = "20")
    transient long graceSeconds;

    private final transient Thread hook = new Thread(this::drain, "lucca-okta-drain");

    @Override
    public void init() {
        Runtime.getRuntime().addShutdownHook(hook);
        state.serving();
        LOG.info(() -> LogLine.of("serving"));
    }

    @Override
    public void destroy() {
        drain();
        try {
            int left = state.awaitIdle(Duration.ofSeconds(graceSeconds));
            LOG.info(() -> LogLine.of("drained", "unfinishedRequests", left));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is stopping: the hook has run or is running.
        }
    }

    private void drain() {
        if (state.draining()) {
            LOG.info(() -> LogLine.of("draining", "requestsUnderWay", state.inFlight(), "graceSeconds", graceSeconds));
        }
    }
}
