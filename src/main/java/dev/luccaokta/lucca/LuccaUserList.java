package dev.luccaokta.lucca;

import java.util.List;

/**
 * Lucca's envelope for a list of users: {@code {"header": {...}, "data": {"items": [...], "count": N}}}.
 * {@code count} is present only when {@code collection.count} was among the requested fields.
 */
public record LuccaUserList(Data data) {

    public record Data(List<LuccaUser> items, Integer count) {
    }

    public List<LuccaUser> items() {
        return data == null || data.items() == null ? List.of() : data.items();
    }

    /** The total number of matching users, when {@code collection.count} was asked for. */
    public Integer count() {
        return data == null ? null : data.count();
    }
}
