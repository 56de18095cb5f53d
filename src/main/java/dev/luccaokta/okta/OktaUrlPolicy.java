package dev.luccaokta.okta;

import dev.luccaokta.net.DestinationRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which Okta orgs the connector sends an API token, a signed assertion or an access token to: an https URL of a host
 * under one of {@code okta.allowedHostSuffixes} (Okta's domains), none of whose addresses, resolved when asked, is
 * local ({@link DestinationRules}). The demo and the tests reach Okta's emulator on the loopback address over plain
 * http, which {@code okta.allowPrivateAddresses} and {@code okta.allowPlainHttp} allow; production leaves them off.
 * An org URL is the org's origin, as Okta serves its API and its token endpoint from the root; a path after it is kept
 * (a gateway in front of Okta, Okta's emulator in the demo and the tests) and every call goes under it.
 *
 * <pre>{@code
 * URI org = policy.checkOrgUrl(URI.create("https://acme.okta.com/"));   // https://acme.okta.com, as typed by an administrator
 * policy.checkDestination(request.uri());                                 // each request, just before it leaves
 * }</pre>
 */
@ApplicationScoped
public class OktaUrlPolicy {

    private final DestinationRules rules;

    /** Under the given rules (the tests' made-up DNS). */
    OktaUrlPolicy(DestinationRules rules) {
        this.rules = rules;
    }

    @Inject
    public OktaUrlPolicy(@ConfigProperty(name = "okta.allowedHostSuffixes") List<String> allowedHostSuffixes,
                         @ConfigProperty(name = "okta.allowPrivateAddresses") boolean allowPrivateAddresses,
                         @ConfigProperty(name = "okta.allowPlainHttp") boolean allowPlainHttp) {
        this(new DestinationRules("okta.allowedHostSuffixes", allowedHostSuffixes, allowPrivateAddresses,
                allowPlainHttp, DestinationRules.SYSTEM_RESOLVER));
    }

    /** For the container's proxy, which hands every call to an instance made with the constructor above. */
    protected OktaUrlPolicy() {
        this((DestinationRules) null);
    }

    /**
     * An org URL as an administrator typed it, as the connector keeps it: checked, without a trailing {@code /}.
     *
     * @throws OktaUrlRefusedException when the connector does not call it, or its host does not resolve now
     */
    public URI checkOrgUrl(URI url) {
        String path = url.getRawPath();
        if (path != null && (path.contains("/../") || path.endsWith("/..") || path.contains("/./") || path.contains("//"))) {
            throw new OktaUrlRefusedException(false);
        }
        verdict(rules.checkBaseUrl(url));
        String text = url.toString();
        // No query or fragment passed the check: a trailing slash is the URL's last character.
        return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : url;
    }

    /**
     * Where a request goes: scheme, host and every address the host resolves to now.
     *
     * @throws OktaUrlRefusedException when the connector does not call it, or its host does not resolve now
     */
    public URI checkDestination(URI url) {
        verdict(rules.checkDestination(url));
        return url;
    }

    private static void verdict(DestinationRules.Verdict verdict) {
        switch (verdict) {
            case ALLOWED -> { }
            case REFUSED -> throw new OktaUrlRefusedException(false);
            case UNRESOLVED -> throw new OktaUrlRefusedException(true);
        }
    }
}
