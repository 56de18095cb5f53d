package dev.luccaokta.lucca;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.ProcessingException;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.junit.jupiter.api.Test;

class LuccaFailureTest {

    private static final Duration SEVEN_SECONDS = Duration.ofSeconds(7);

    private static LuccaErrorStatusException answer(int status) {
        return new LuccaErrorStatusException(status, "no", SEVEN_SECONDS);
    }

    private static LuccaTransientException transientAnswer(int status) {
        return LuccaTransientException.answered("Lucca answered " + status, answer(status));
    }

    private static LuccaTransientException noAnswer() {
        return LuccaTransientException.unanswered("Lucca did not answer", new ProcessingException("reset"));
    }

    private static LuccaTransientException notSent() {
        return LuccaTransientException.unsent("Lucca's host does not resolve", new LuccaHostUnresolvedException());
    }

    /** One failure of every concrete type of the family. */
    private static List<LuccaFailure> oneOfEach() {
        return List.of(answer(400), new LuccaTokenRefusedException(401, "invalid_client"),
                new LuccaUnusableAnswerException("a page without items"), noAnswer(),
                new LuccaThrottledException(answer(429)), new LuccaUnavailableException("budget spent", SEVEN_SECONDS),
                new LuccaUrlRefusedException(), new LuccaHostUnresolvedException());
    }

    @Test
    void everyTypeOfTheFamilyHasAKindOfItsOwnSoThatSwitchesMeetEachOne() {
        List<LuccaFailure> failures = oneOfEach();

        assertThat(failures.stream().map(LuccaFailure::getClass).collect(Collectors.toSet()))
                .as("a failure of every concrete type").isEqualTo(concreteTypes(LuccaFailure.class));
        assertThat(failures.stream().map(LuccaFailure::kind)).as("one kind each")
                .doesNotHaveDuplicates().containsExactlyInAnyOrder(LuccaFailure.Kind.values());
    }

    @Test
    void theFailuresTheGatewayRetriesAreFinalSoThatNamingThemNamesNothingElse() {
        List<Retry> retries = new ArrayList<>(List.of(LuccaGateway.class.getAnnotation(Retry.class)));
        Arrays.stream(LuccaGateway.class.getDeclaredMethods()).map(method -> method.getAnnotation(Retry.class))
                .filter(Objects::nonNull).forEach(retries::add);

        Set<Class<? extends Throwable>> retried = retries.stream().filter(retry -> retry.maxRetries() != 0)
                .flatMap(retry -> Arrays.stream(retry.retryOn())).collect(Collectors.toSet());
        assertThat(retried).containsExactlyInAnyOrder(LuccaThrottledException.class, LuccaTransientException.class);
        retried.forEach(type -> assertThat(Modifier.isFinal(type.getModifiers())).as(type.getSimpleName()).isTrue());
    }

    @Test
    void aWriteMayHaveBeenAppliedOnlyWhenItReachedLuccaAndNoAnswerOfLuccasOwnRefusedIt() {
        assertThat(noAnswer().mayHaveApplied()).as("no answer").isTrue();
        assertThat(transientAnswer(502).mayHaveApplied()).as("a gateway's 502").isTrue();
        assertThat(transientAnswer(504).mayHaveApplied()).as("a gateway's 504").isTrue();
        assertThat(new LuccaUnusableAnswerException("not JSON").mayHaveApplied()).as("an unreadable answer").isTrue();

        assertThat(transientAnswer(503).mayHaveApplied()).as("Lucca's 503").isFalse();
        assertThat(transientAnswer(408).mayHaveApplied()).as("Lucca's 408").isFalse();
        assertThat(answer(500).mayHaveApplied()).as("Lucca's 500").isFalse();
        assertThat(answer(400).mayHaveApplied()).as("a refusal").isFalse();
        assertThat(new LuccaThrottledException(answer(429)).mayHaveApplied()).as("a 429").isFalse();
        assertThat(notSent().mayHaveApplied()).as("a host that does not resolve").isFalse();
        assertThat(new LuccaUnavailableException("budget spent", SEVEN_SECONDS).mayHaveApplied()).as("not asked").isFalse();
        assertThat(new LuccaUrlRefusedException().mayHaveApplied()).as("a refused URL").isFalse();
    }

    @Test
    void retryAfterIsWhatLuccaSaidOrTheEndOfTheConnectorsOwnPause() {
        assertThat(answer(500).retryAfter()).contains(SEVEN_SECONDS);
        assertThat(transientAnswer(503).retryAfter()).contains(SEVEN_SECONDS);
        assertThat(new LuccaThrottledException(answer(429)).retryAfter()).contains(SEVEN_SECONDS);
        assertThat(new LuccaUnavailableException("circuit open", Duration.ofSeconds(31)).retryAfter())
                .contains(Duration.ofSeconds(31));

        assertThat(new LuccaErrorStatusException(500, null, null).retryAfter()).as("Lucca said nothing").isEmpty();
        assertThat(noAnswer().retryAfter()).as("no answer").isEmpty();
        assertThat(new LuccaTokenRefusedException(400, "invalid_scope").retryAfter()).isEmpty();
        assertThat(new LuccaUrlRefusedException().retryAfter()).isEmpty();
    }

    @Test
    void luccasStatusIsKnownOnlyWhenAnAnswerCame() {
        assertThat(answer(404).luccaStatus()).hasValue(404);
        assertThat(transientAnswer(504).luccaStatus()).hasValue(504);
        assertThat(new LuccaThrottledException(answer(429)).luccaStatus()).hasValue(429);

        assertThat(noAnswer().luccaStatus()).isEmpty();
        assertThat(notSent().luccaStatus()).isEmpty();
        assertThat(new LuccaUnavailableException("budget spent", SEVEN_SECONDS).luccaStatus()).isEmpty();
        assertThat(new LuccaHostUnresolvedException().luccaStatus()).isEmpty();
    }

    /** The classes a sealed type permits, and theirs, that can be made. */
    private static Set<Class<?>> concreteTypes(Class<?> sealed) {
        Set<Class<?>> types = new HashSet<>();
        Arrays.stream(sealed.getPermittedSubclasses()).forEach(type -> {
            if (!Modifier.isAbstract(type.getModifiers())) {
                types.add(type);
            }
            if (type.isSealed()) {
                types.addAll(concreteTypes(type));
            }
        });
        return types;
    }
}
