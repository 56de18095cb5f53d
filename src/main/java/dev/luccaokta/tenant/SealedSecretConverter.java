package dev.luccaokta.tenant;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a secret column sealed (see {@link SecretBox}). A value stored before sealing existed is read as it is,
 * and sealed when that secret is next changed.
 */
@Converter
public class SealedSecretConverter implements AttributeConverter<String, String> {

    @Override
    public String convertToDatabaseColumn(String secret) {
        return secret == null ? null : SecretKeys.box().seal(secret);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return SecretBox.isSealed(stored) ? SecretKeys.box().open(stored) : stored;
    }
}
