package dev.luccaokta.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;

class PasswordHashesTest {

    @Test
    void newHashesUsePbkdf2WithHmacSha256AndSixHundredThousandIterations() {
        String hash = PasswordHashes.hash("correct horse".toCharArray());

        assertThat(hash.split(":")).hasSize(4);
        assertThat(hash).startsWith("PBKDF2WithHmacSHA256:600000:");
        assertThat(PasswordHashes.isCurrent(hash)).isTrue();
        assertThat(PasswordHashes.verify("correct horse".toCharArray(), hash)).isTrue();
        assertThat(PasswordHashes.verify("correct horsf".toCharArray(), hash)).isFalse();
    }

    @Test
    void aHashMadeByJakartaSecurityWithItsDefault2048IterationsStillVerifiesAndIsDueForReplacement() throws Exception {
        byte[] salt = "sixteen byte salt, or thirty-two".getBytes();
        byte[] derived = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec("old password".toCharArray(), salt, 2048, 256)).getEncoded();
        String old = "PBKDF2WithHmacSHA256:2048:" + Base64.getEncoder().encodeToString(salt) + ":"
                + Base64.getEncoder().encodeToString(derived);

        assertThat(PasswordHashes.verify("old password".toCharArray(), old)).isTrue();
        assertThat(PasswordHashes.verify("other password".toCharArray(), old)).isFalse();
        assertThat(PasswordHashes.isCurrent(old)).isFalse();
    }

    @Test
    void storedValuesThatAreNotHashesVerifyNothing() {
        for (String stored : new String[] {"", "plain", "PBKDF2WithHmacSHA256:x:y:z", "MD5:1:AA==:AA==",
                "PBKDF2WithHmacSHA256:99999999:AA==:AA==", "PBKDF2WithHmacSHA256:1000:AA==:"}) {
            assertThat(PasswordHashes.verify("plain".toCharArray(), stored)).as(stored).isFalse();
        }
    }

    @Test
    void aWrongPasswordTakesAsLongAgainstAnOldHashOrNoHashAsAgainstACurrentOne() throws Exception {
        byte[] salt = "sixteen byte salt, or thirty-two".getBytes();
        String old = "PBKDF2WithHmacSHA256:2048:" + Base64.getEncoder().encodeToString(salt) + ":"
                + Base64.getEncoder().encodeToString(new byte[32]);
        String current = PasswordHashes.hash("right password".toCharArray());

        long againstCurrent = fastest(() -> PasswordHashes.verifyEvenly("wrong".toCharArray(), current));
        // Without the decoy, a 2,048-iteration hash answers some 300 times sooner.
        assertThat(fastest(() -> PasswordHashes.verifyEvenly("wrong".toCharArray(), old))).isGreaterThan(againstCurrent / 2);
        assertThat(fastest(() -> PasswordHashes.verifyEvenly("wrong".toCharArray(), null))).isGreaterThan(againstCurrent / 2);
        assertThat(PasswordHashes.verifyEvenly("right password".toCharArray(), current)).isTrue();
    }

    /** The quickest of three runs, in nanoseconds: the least disturbed by other work on the machine. */
    private static long fastest(Runnable check) {
        long fastest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            check.run();
            fastest = Math.min(fastest, System.nanoTime() - start);
        }
        return fastest;
    }
}
