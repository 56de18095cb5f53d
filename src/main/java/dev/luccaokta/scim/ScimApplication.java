package dev.luccaokta.scim;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The SCIM 2.0 base URL Okta is configured with: {@code https://host/lucca-okta/api}. Resources and providers
 * are listed rather than scanned, so that nothing else in the WAR (Rest Client interfaces) is taken for one.
 */
@ApplicationPath("/api")
public class ScimApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                UsersResource.class,
                GroupsResource.class,
                DiscoveryResource.class,
                ScimRequestMetrics.class,
                TokenAuthenticationFilter.class,
                TenantRequestCap.class,
                ImportRecording.class,
                RequestBodyLimit.class,
                JsonNodeWriter.class,
                ScimExceptionMapper.class,
                HttpErrorMapper.class,
                DirectoryUnavailableMapper.class,
                WriteFailedMapper.class,
                UnexpectedErrorMapper.class);
    }
}
