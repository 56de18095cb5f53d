package dev.luccaokta.sandbox.json;

import dev.luccaokta.sandbox.data.Department;

import static dev.luccaokta.sandbox.json.JsonValues.bool;
import static dev.luccaokta.sandbox.json.JsonValues.number;
import static dev.luccaokta.sandbox.json.JsonValues.text;

/** The fields of {@code /api/v3/departments} items; {@code id, name} by default. */
public final class DepartmentJson {
    public static final FieldCatalog<Department> CATALOG = FieldCatalog.<Department>builder("departments")
            .leaf("id", d -> number(d.id()))
            .leaf("name", d -> text(d.name()))
            .leaf("code", d -> text(d.code()))
            .leaf("parentId", d -> number(d.parentId()))
            .leaf("isActive", d -> bool(d.isActive()))
            .leaf("level", d -> number(d.level()))
            .build("id,name");

    private DepartmentJson() {
    }
}
