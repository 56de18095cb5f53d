package dev.luccaokta.scim;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The SCIM 2.0 base URL Okta is configured with: {@code https://host/lucca-okta/api}. */
@ApplicationPath("/api")
public class ScimApplication extends Application {
}
