package dev.luccaokta.lucca;

import java.util.List;

/** Lucca's envelope for departments: {@code {"header": {...}, "data": {"items": [...]}}}. */
public record LuccaDepartmentList(Data data) {

    public record Data(List<LuccaDepartment> items) {
    }

    public List<LuccaDepartment> items() {
        return data == null || data.items() == null ? List.of() : data.items();
    }
}
