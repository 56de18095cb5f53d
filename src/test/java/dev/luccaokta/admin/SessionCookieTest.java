package dev.luccaokta.admin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionCookieTest {

    @Test
    void theSessionIsFoundAmongTheBrowsersOtherCookiesAndHeaders() {
        assertThat(SessionCookie.of(request("theme=dark; lucca-okta-session=abc_123-XYZ; lang=fr"))).contains("abc_123-XYZ");
        assertThat(SessionCookie.of(request("theme=dark", " lucca-okta-session = abc "))).contains("abc");
        assertThat(SessionCookie.of(request("other-lucca-okta-session=abc; lucca-okta-sessions=def"))).isEmpty();
        assertThat(SessionCookie.of(request("=; ;;lucca-okta-session"))).isEmpty();
        assertThat(SessionCookie.of(request())).isEmpty();
    }

    @Test
    void theCookieIsForTheApiOnlyNeverForScriptsOrOtherSitesAndSecureOverHttps() {
        assertThat(SessionCookie.opening("abc", "/lucca-okta", true))
                .isEqualTo("lucca-okta-session=abc; Path=/lucca-okta/admin/api; HttpOnly; SameSite=Strict; Secure");
        assertThat(SessionCookie.opening("abc", "/lucca-okta", false))
                .isEqualTo("lucca-okta-session=abc; Path=/lucca-okta/admin/api; HttpOnly; SameSite=Strict");
        assertThat(SessionCookie.ending("/lucca-okta", false))
                .isEqualTo("lucca-okta-session=; Max-Age=0; Path=/lucca-okta/admin/api; HttpOnly; SameSite=Strict");
    }

    private static HttpServletRequest request(String... cookieHeaders) {
        return (HttpServletRequest) Proxy.newProxyInstance(SessionCookieTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getHeaders") && "Cookie".equals(args[0])) {
                        return Collections.enumeration(List.of(cookieHeaders));
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
