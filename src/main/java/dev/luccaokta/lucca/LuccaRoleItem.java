package dev.luccaokta.lucca;

/** Lucca's envelope for one role: {@code {"header": {...}, "data": {...}}}. */
public record LuccaRoleItem(LuccaRole data) {
}
