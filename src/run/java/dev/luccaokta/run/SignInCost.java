package dev.luccaokta.run;

import dev.luccaokta.admin.PasswordHashes;
import java.util.Arrays;
import java.util.Base64;

/**
 * What one password check of the administration sign-in costs, with today's hashes and with the 2,048-iteration
 * hashes of earlier releases: the median of {@code -Dbench.checks=N} checks (9) on one core, printed in milliseconds.
 * A wrong password against an old hash also checks a decoy at today's cost, so it costs what a current check does.
 *
 * <pre>
 * mvn -B -q test-compile && java -cp target/classes:target/test-classes dev.luccaokta.run.SignInCost
 * </pre>
 */
public final class SignInCost {

    private SignInCost() {
    }

    public static void main(String[] args) {
        int checks = Integer.getInteger("bench.checks", 9);
        String current = PasswordHashes.hash("correct horse battery".toCharArray());
        String old = "PBKDF2WithHmacSHA256:2048:" + Base64.getEncoder().encodeToString(new byte[32]) + ":"
                + Base64.getEncoder().encodeToString(new byte[32]);
        for (int i = 0; i < 12; i++) {
            // The JIT compiles the derivation first: the first dozen checks are slower than any that follow.
            PasswordHashes.verify("warm-up".toCharArray(), current);
        }
        print("right password, current hash", checks, () -> PasswordHashes.verifyEvenly("correct horse battery".toCharArray(), current));
        print("wrong password, current hash", checks, () -> PasswordHashes.verifyEvenly("wrong".toCharArray(), current));
        print("an old hash alone (before this release)", checks, () -> PasswordHashes.verify("wrong".toCharArray(), old));
        print("wrong password, old hash (decoy)", checks, () -> PasswordHashes.verifyEvenly("wrong".toCharArray(), old));
        print("unknown mail (decoy)", checks, () -> PasswordHashes.verifyEvenly("wrong".toCharArray(), null));
    }

    private static void print(String what, int checks, Runnable check) {
        long[] nanos = new long[checks];
        for (int i = 0; i < checks; i++) {
            long start = System.nanoTime();
            check.run();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("| %s | %.1f ms |%n", what, nanos[checks / 2] / 1e6);
    }
}
