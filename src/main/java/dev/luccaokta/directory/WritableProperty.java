package dev.luccaokta.directory;

import com.unboundid.scim2.common.exceptions.BadRequestException;

/**
 * A Lucca property Okta may write, as the property table declares it: Lucca's field (its code, which
 * {@code PUT /api/v3/users/{id}} takes), whether every tenant sends it, where Okta's SCIM User carries its value,
 * and how that value reaches Lucca.
 */
public final class WritableProperty {

    /** Turns a SCIM value into the one Lucca takes; a value Lucca could not take is Okta's mistake. */
    @FunctionalInterface
    interface ToLucca {
        String convert(String scimValue) throws BadRequestException;
    }

    private final String code;
    private final boolean mandatory;
    private final ScimSlot slot;
    private final ToLucca toLucca;

    WritableProperty(String code, boolean mandatory, ScimSlot slot, ToLucca toLucca) {
        this.code = code;
        this.mandatory = mandatory;
        this.slot = slot;
        this.toLucca = toLucca;
    }

    public String code() {
        return code;
    }

    public boolean mandatory() {
        return mandatory;
    }

    public ScimSlot slot() {
        return slot;
    }

    /** The value Lucca takes for this SCIM value ({@code null} clears the field). */
    public String toLucca(String scimValue) throws BadRequestException {
        return toLucca.convert(scimValue);
    }

    @Override
    public String toString() {
        return "WritableProperty[" + code + "]";
    }
}
