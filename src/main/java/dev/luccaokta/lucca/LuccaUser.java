package dev.luccaokta.lucca;

import java.time.LocalDateTime;

/**
 * A user as Lucca's Directory v3 returns it, limited to the fields the connector asks for. Fields Lucca did
 * not send are {@code null}.
 */
public record LuccaUser(
        long id,
        String firstName,
        String lastName,
        String login,
        String mail,
        LocalDateTime dtContractStart,
        LocalDateTime dtContractEnd) {

    /** The {@code fields} selection that fills every component of this record. */
    public static final String FIELDS = "id,firstName,lastName,login,mail,dtContractStart,dtContractEnd";
}
