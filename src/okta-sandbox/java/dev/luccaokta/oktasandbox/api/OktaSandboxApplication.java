package dev.luccaokta.oktasandbox.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Serves Okta's paths from the application's root, which stands for the org's base URL. */
@ApplicationPath("/")
public class OktaSandboxApplication extends Application {
}
