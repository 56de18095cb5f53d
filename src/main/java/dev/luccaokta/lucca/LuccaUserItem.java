package dev.luccaokta.lucca;

/** Lucca's envelope for one user: {@code {"header": {...}, "data": {...}}}. */
public record LuccaUserItem(LuccaUser data) {
}
