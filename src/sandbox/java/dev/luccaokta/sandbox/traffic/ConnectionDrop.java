package dev.luccaokta.sandbox.traffic;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Breaks a response on purpose so that the client sees an I/O error rather than an HTTP status: the status line,
 * headers announcing a longer body and the first bytes of that body are sent, then the connection is closed. Where
 * the connection cannot be closed directly, {@code Connection: close} still makes the server close it once the short
 * body is sent, which HTTP/1.1 clients see as a truncated transfer.
 */
final class ConnectionDrop {
    private static final byte[] PARTIAL_BODY = "{\"header\":{".getBytes(StandardCharsets.UTF_8);
    private static final int ANNOUNCED_LENGTH = 4096;

    private ConnectionDrop() {
    }

    static void dropMidResponse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/json");
        response.setHeader("Connection", "close");
        response.setContentLength(ANNOUNCED_LENGTH);
        response.getOutputStream().write(PARTIAL_BODY);
        response.flushBuffer();
        ContainerConnection.close(request);
    }
}
