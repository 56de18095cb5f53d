package dev.luccaokta.lucca;

/** A department of Lucca's tree; the root has no parent. */
public record LuccaDepartment(long id, String name, String code, Long parentId, Boolean isActive, Integer level) {

    /** The {@code fields} selection that fills every component of this record. */
    public static final String FIELDS = "id,name,code,parentId,isActive,level";
}
