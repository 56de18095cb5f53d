package dev.luccaokta.lucca;

/** Lucca's "non-configurable compound" value: a reference to another Lucca object, {@code {"id": 3, "name": "Paris"}}. */
public record LuccaRef(Long id, String name) {
}
