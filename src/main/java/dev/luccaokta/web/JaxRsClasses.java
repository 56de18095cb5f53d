package dev.luccaokta.web;

import static java.util.stream.Collectors.toUnmodifiableSet;

import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.annotation.HandlesTypes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The WAR's JAX-RS resources and providers as the servlet container finds them at start-up (the classes annotated
 * {@link Path} or {@link Provider}), for each JAX-RS application to take those of its own package:
 *
 * <pre>{@code
 * public Set<Class<?>> getClasses() {
 *     return JaxRsClasses.of(this);
 * }
 * }</pre>
 *
 * The WAR holds several applications (SCIM, administration, Lucca's events) whose filters and error mappers must not
 * meet: an application that lists nothing would be given every resource and provider of the WAR, the Rest Client
 * interfaces besides, on Payara (Jersey) and WildFly (RESTEasy) alike. The set is static because servers also make
 * an application outside any request (Payara, to build its OpenAPI document); it belongs to the WAR's class loader,
 * so to this deployment.
 */
@HandlesTypes({Path.class, Provider.class})
public class JaxRsClasses implements ServletContainerInitializer {

    private static final Set<Class<?>> FOUND = ConcurrentHashMap.newKeySet();

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        if (classes != null) {
            FOUND.addAll(classes);
        }
    }

    /**
     * The concrete resources and providers in the application's package, not its sub-packages.
     *
     * @throws IllegalStateException when none were found: JAX-RS would then give the application the whole WAR
     */
    public static Set<Class<?>> of(Application application) {
        String home = application.getClass().getPackageName();
        Set<Class<?>> own = FOUND.stream()
                .filter(found -> found.getPackageName().equals(home))
                .filter(found -> found.isAnnotationPresent(Path.class) || found.isAnnotationPresent(Provider.class))
                .filter(found -> !found.isInterface() && !Modifier.isAbstract(found.getModifiers()))
                .collect(toUnmodifiableSet());
        if (own.isEmpty()) {
            throw new IllegalStateException("No JAX-RS resource or provider was found in " + home
                    + ": the server did not run " + JaxRsClasses.class.getName());
        }
        return own;
    }
}
