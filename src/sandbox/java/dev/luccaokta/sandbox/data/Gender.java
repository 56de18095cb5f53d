package dev.luccaokta.sandbox.data;

import java.util.Arrays;
import java.util.Optional;

/** The gender recorded on a user file, shown as a lower-case code. */
public enum Gender {
    MALE("male"),
    FEMALE("female");

    private final String code;

    Gender(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Gender> fromCode(String code) {
        return Arrays.stream(values()).filter(gender -> gender.code.equals(code)).findFirst();
    }
}
