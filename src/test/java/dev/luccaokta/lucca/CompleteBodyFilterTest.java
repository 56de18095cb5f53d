package dev.luccaokta.lucca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.ClientResponseContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Lucca's answers are read whole before parsing: cut ones and those over the configured size are refused. */
class CompleteBodyFilterTest {

    private static final int CAP = 1024 * 1024;

    @Test
    void anAnswerOfReasonableSizeIsKeptWhole() throws IOException {
        AtomicReference<InputStream> kept = new AtomicReference<>();
        new CompleteBodyFilter(CAP).filter(null, response(new ByteArrayInputStream("{\"items\":[]}".getBytes()), -1, kept));

        assertThat(kept.get().readAllBytes()).asString().isEqualTo("{\"items\":[]}");
    }

    @Test
    void anAnswerLongerThanTheCapIsRefusedWithoutReadingItAll() {
        CountingStream endless = new CountingStream();

        assertThatThrownBy(() -> new CompleteBodyFilter(CAP).filter(null, response(endless, -1, new AtomicReference<>())))
                .isInstanceOf(ProcessingException.class).hasMessageContaining("longer than " + CAP + " bytes");
        assertThat(endless.read).isEqualTo(CAP + 1L);
    }

    @Test
    void anAnswerShorterThanItsContentLengthIsRefused() {
        assertThatThrownBy(() -> new CompleteBodyFilter(CAP).filter(null,
                response(new ByteArrayInputStream(new byte[10]), 20, new AtomicReference<>())))
                .isInstanceOf(ProcessingException.class).hasMessageContaining("cut short");
    }

    /** An answer with this body and Content-Length; the body the filter leaves for the parser lands in {@code kept}. */
    private static ClientResponseContext response(InputStream body, int length, AtomicReference<InputStream> kept) {
        return (ClientResponseContext) Proxy.newProxyInstance(CompleteBodyFilterTest.class.getClassLoader(),
                new Class<?>[] {ClientResponseContext.class}, (proxy, method, arguments) -> switch (method.getName()) {
                    case "hasEntity" -> true;
                    case "getEntityStream" -> body;
                    case "getLength" -> length;
                    case "setEntityStream" -> {
                        kept.set((InputStream) arguments[0]);
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** A body that never ends, counting what was read of it. */
    private static final class CountingStream extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            read += length;
            return length;
        }
    }
}
