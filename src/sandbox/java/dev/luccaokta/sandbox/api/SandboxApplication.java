package dev.luccaokta.sandbox.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * Serves Lucca's API paths ({@code /api/v3/...}, {@code /organization/...}) and the sandbox switches
 * ({@code /sandbox/...}) from the root of the application.
 */
@ApplicationPath("/")
public class SandboxApplication extends Application {
}
