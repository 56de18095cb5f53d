package dev.luccaokta.sandbox.generator;

import dev.luccaokta.sandbox.data.AsciiFolding;

import java.util.HashMap;
import java.util.Map;

/**
 * Hands out unique logins of the form {@code firstname.lastname}; the second person with the same folded name gets
 * {@code firstname.lastname2}, the third {@code firstname.lastname3}, and so on. Names never contain digits, so a
 * numbered login cannot collide with a plain one.
 */
final class LoginAllocator {
    private final Map<String, Integer> uses = new HashMap<>();

    String allocate(String firstName, String lastName) {
        String base = AsciiFolding.loginPart(firstName) + "." + AsciiFolding.loginPart(lastName);
        int use = uses.merge(base, 1, Integer::sum);
        return use == 1 ? base : base + use;
    }
}
