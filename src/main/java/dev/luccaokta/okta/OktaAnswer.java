package dev.luccaokta.okta;

import java.net.http.HttpHeaders;
import java.util.Optional;

/**
 * One answer of Okta's, read whole within the size cap.
 *
 * @param body the body as text, empty when there was none
 */
record OktaAnswer(int status, HttpHeaders headers, String body) {

    boolean successful() {
        return status >= 200 && status < 300;
    }

    Optional<String> header(String name) {
        return headers.firstValue(name);
    }
}
