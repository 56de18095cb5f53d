package dev.luccaokta.lucca;

/** A department of Lucca's tree, as the organisation structure API lists it; the root has no parent. */
public record LuccaDepartment(long id, String name, String code, Long parentId, Boolean isActive) {
}
