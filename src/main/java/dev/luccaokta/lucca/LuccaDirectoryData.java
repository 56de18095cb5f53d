package dev.luccaokta.lucca;

import java.util.List;

/** Everything the connector reads from one Lucca instance to build its view: people and organisation. */
public record LuccaDirectoryData(
        List<LuccaUser> users,
        List<LuccaDepartment> departments,
        List<LuccaEstablishment> establishments,
        List<LuccaLegalUnit> legalUnits,
        List<LuccaCountry> countries,
        List<LuccaExtendedDataDefinition> extendedDataDefinitions) {
}
