package dev.luccaokta.lucca;

import java.util.List;

/** Lucca's envelope for extended data definitions. */
public record LuccaExtendedDataDefinitionList(Data data) {

    public record Data(List<LuccaExtendedDataDefinition> items) {
    }

    public List<LuccaExtendedDataDefinition> items() {
        return data == null || data.items() == null ? List.of() : data.items();
    }
}
