package dev.luccaokta.sandbox.traffic;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;

import java.lang.reflect.InvocationTargetException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Closes the network connection a request came in on. The Servlet API has no such operation, so this goes through
 * the public methods of Payara's web container and Grizzly ({@code RequestFacade.getUnwrappedCoyoteRequest()},
 * {@code getCoyoteRequest()}, {@code getConnection()}, {@code closeSilently()}) by reflection, which keeps the
 * sandbox free of a compile-time dependency on the server. Over HTTP/2 this ends every stream of the connection,
 * which is the only way a client such as {@code java.net.http.HttpClient} sees an I/O error rather than a short body.
 */
final class ContainerConnection {
    private static final Logger LOG = Logger.getLogger(ContainerConnection.class.getName());
    private static final String[] PATH_TO_CONNECTION =
            {"getUnwrappedCoyoteRequest", "getCoyoteRequest", "getConnection"};

    private ContainerConnection() {
    }

    /** @return whether the connection could be closed; false on a server other than Payara */
    static boolean close(ServletRequest request) {
        ServletRequest unwrapped = request;
        while (unwrapped instanceof ServletRequestWrapper wrapper) {
            unwrapped = wrapper.getRequest();
        }
        try {
            Object target = unwrapped;
            for (String getter : PATH_TO_CONNECTION) {
                target = target.getClass().getMethod(getter).invoke(target);
            }
            target.getClass().getMethod("closeSilently").invoke(target);
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            Throwable cause = e instanceof InvocationTargetException invocation ? invocation.getCause() : e;
            LOG.log(Level.WARNING, "Cannot close the connection of a request on this server", cause);
            return false;
        }
    }
}
