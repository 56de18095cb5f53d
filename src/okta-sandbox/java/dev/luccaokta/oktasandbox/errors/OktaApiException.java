package dev.luccaokta.oktasandbox.errors;

import java.util.List;
import java.util.Map;

/**
 * A management API request refused the way Okta refuses it: an HTTP status, an error code ({@code E0000001}...), a
 * summary, the causes, and the headers that go with it (the rate-limit headers of a 429).
 */
public class OktaApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final transient List<String> causes;
    private final transient Map<String, String> headers;

    public OktaApiException(int status, String code, String summary, List<String> causes, Map<String, String> headers) {
        super(summary);
        this.status = status;
        this.code = code;
        this.causes = List.copyOf(causes);
        this.headers = Map.copyOf(headers);
    }

    /** 400 E0000001, Okta's answer to a request that breaks a rule: {@code field} is what the summary names. */
    public static OktaApiException validation(String field, String cause) {
        return new OktaApiException(400, "E0000001", "Api validation failed: " + field, List.of(cause), Map.of());
    }

    /** 400 E0000003: no body, or one that is not JSON of the expected shape. */
    public static OktaApiException malformed(String cause) {
        return new OktaApiException(400, "E0000003", "The request body was not well-formed.", List.of(cause), Map.of());
    }

    public static OktaApiException invalidToken() {
        return new OktaApiException(401, "E0000011", "Invalid token provided", List.of(), Map.of());
    }

    public static OktaApiException forbidden(String cause) {
        return new OktaApiException(403, "E0000006",
                "You do not have permission to perform the requested action", List.of(cause), Map.of());
    }

    /** 404 E0000007 for {@code id}, a resource of Okta's {@code type} ({@code IdentitySource}...). */
    public static OktaApiException notFound(String id, String type) {
        return new OktaApiException(404, "E0000007", "Not found: Resource not found: " + id + " (" + type + ")",
                List.of(), Map.of());
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<String> causes() {
        return causes;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
