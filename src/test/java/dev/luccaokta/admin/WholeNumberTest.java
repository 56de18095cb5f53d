package dev.luccaokta.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import org.junit.jupiter.api.Test;

class WholeNumberTest {

    private final WholeNumber.Check days = check(1, 30);

    @Test
    void aWholeNumberInItsBoundsPassesWhiteSpaceAroundItIncluded() {
        assertThat(days.isValid("1", null)).isTrue();
        assertThat(days.isValid(" 30 ", null)).isTrue();
        assertThat(days.isValid("07", null)).isTrue();
        assertThat(WholeNumber.Check.value(" 07 ")).isEqualTo(7);
    }

    @Test
    void anythingElseIsRefused() {
        assertThat(days.isValid("0", null)).isFalse();
        assertThat(days.isValid("31", null)).isFalse();
        assertThat(days.isValid("-1", null)).isFalse();
        assertThat(days.isValid("+5", null)).isFalse();
        assertThat(days.isValid("1e3", null)).isFalse();
        assertThat(days.isValid("7.0", null)).isFalse();
        assertThat(days.isValid("", null)).isFalse();
        assertThat(days.isValid("9".repeat(40), null)).isFalse();
        assertThat(check(0, Integer.MAX_VALUE).isValid("2147483648", null)).isFalse();
    }

    @Test
    void noParameterIsLeftToTheEndpoint() {
        assertThat(days.isValid(null, null)).isTrue();
    }

    private static WholeNumber.Check check(long min, long max) {
        WholeNumber.Check check = new WholeNumber.Check();
        check.initialize(new WholeNumber() {
            @Override
            public long min() {
                return min;
            }

            @Override
            public long max() {
                return max;
            }

            @Override
            public String message() {
                return "";
            }

            @Override
            public Class<?>[] groups() {
                return new Class<?>[0];
            }

            @SuppressWarnings("unchecked")
            @Override
            public Class<? extends jakarta.validation.Payload>[] payload() {
                return new Class[0];
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return WholeNumber.class;
            }
        });
        return check;
    }
}
