package dev.luccaokta.admin;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The administration API's times, all in UTC whatever offset the database gave them. */
final class Utc {

    private Utc() {
    }

    static OffsetDateTime of(OffsetDateTime at) {
        return at.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
