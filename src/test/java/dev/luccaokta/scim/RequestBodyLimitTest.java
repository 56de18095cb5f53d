package dev.luccaokta.scim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.scim2.common.exceptions.ScimException;
import dev.luccaokta.web.BoundedBody;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RequestBodyLimitTest {

    @Test
    void aBodyAtTheLimitIsReadWhole() throws ScimException {
        String json = "{\"title\":\"" + "x".repeat(88) + "\"}";

        assertThat(RequestBodyLimit.text(bounded(json.getBytes(StandardCharsets.UTF_8), 100))).isEqualTo(json);
    }

    @Test
    void aBodyPastTheLimitIsA413SayingTheLimit() {
        byte[] body = new byte[101];

        assertThatThrownBy(() -> RequestBodyLimit.text(bounded(body, 100)))
                .isInstanceOfSatisfying(ScimException.class, e -> {
                    assertThat(e.getScimError().getStatus()).isEqualTo(413);
                    assertThat(e.getScimError().getDetail()).contains("100 bytes");
                });
    }

    /** An endless chunked body: reading stops one byte past the limit, whatever buffer the reader offers. */
    @Test
    void anEndlessBodyIsReadOnlyOneBytePastTheLimit() {
        Endless endless = new Endless();

        assertThatThrownBy(() -> RequestBodyLimit.text(new BoundedBody(endless, 65_536)))
                .isInstanceOf(ScimException.class);
        assertThat(endless.served).isEqualTo(65_537);
    }

    @Test
    void skippingCountsToo() throws Exception {
        InputStream bounded = bounded(new byte[50], 10);

        assertThat(bounded.skip(10)).isEqualTo(10);
        assertThatThrownBy(() -> bounded.skip(5)).isInstanceOf(BoundedBody.TooLarge.class);
    }

    @Test
    void bytesThatAreNotUtf8AreASyntaxError() {
        byte[] latin1 = "{\"title\":\"Zoé\"}".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> RequestBodyLimit.text(new ByteArrayInputStream(latin1)))
                .isInstanceOfSatisfying(ScimException.class, e -> {
                    assertThat(e.getScimError().getStatus()).isEqualTo(400);
                    assertThat(e.getScimError().getScimType()).isEqualTo("invalidSyntax");
                    assertThat(e.getScimError().getDetail()).contains("UTF-8");
                });
    }

    @Test
    void aByteOrderMarkIsSkippedAndNoBodyIsEmpty() throws ScimException {
        byte[] withBom = "\uFEFF{}".getBytes(StandardCharsets.UTF_8);

        assertThat(RequestBodyLimit.text(new ByteArrayInputStream(withBom))).isEqualTo("{}");
        assertThat(RequestBodyLimit.text(null)).isEmpty();
        assertThat(RequestBodyLimit.text(new ByteArrayInputStream(new byte[0]))).isEmpty();
    }

    private static InputStream bounded(byte[] body, long limit) {
        return new BoundedBody(new ByteArrayInputStream(body), limit);
    }

    /** Spaces for ever, counting what it served. */
    private static final class Endless extends InputStream {
        private long served;

        @Override
        public int read() {
            served++;
            return ' ';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            java.util.Arrays.fill(buffer, offset, offset + length, (byte) ' ');
            served += length;
            return length;
        }
    }
}
