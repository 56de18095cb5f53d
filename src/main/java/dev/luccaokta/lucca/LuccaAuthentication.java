package dev.luccaokta.lucca;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

/** Adds Lucca's {@code Authorization: lucca application=<key>} header (Lucca does not take "Bearer"). */
class LuccaAuthentication implements ClientRequestFilter {

    private final String headerValue;

    LuccaAuthentication(String apiKey) {
        this.headerValue = "lucca application=" + apiKey;
    }

    @Override
    public void filter(ClientRequestContext request) {
        request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, headerValue);
    }
}
