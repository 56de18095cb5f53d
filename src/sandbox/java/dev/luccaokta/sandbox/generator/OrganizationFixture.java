package dev.luccaokta.sandbox.generator;

import dev.luccaokta.sandbox.data.Country;
import dev.luccaokta.sandbox.data.Department;
import dev.luccaokta.sandbox.data.Establishment;
import dev.luccaokta.sandbox.data.ExtendedDataDefinition;
import dev.luccaokta.sandbox.data.ExtendedDataDefinition.SubField;
import dev.luccaokta.sandbox.data.ExtendedDataKind;
import dev.luccaokta.sandbox.data.ExtendedDataType;
import dev.luccaokta.sandbox.data.LegalUnit;
import dev.luccaokta.sandbox.data.NamedItem;
import dev.luccaokta.sandbox.data.Organization;
import dev.luccaokta.sandbox.data.Permission;
import dev.luccaokta.sandbox.data.Role;

import java.util.List;
import java.util.Set;

/**
 * The fixed organisation of the sandbox company: a French group with Belgian and Swiss subsidiaries, a department
 * tree four levels deep with one closed department, an archived establishment, four roles (one of them allowed to
 * administer the Okta synchronisation) and one extended data field of every kind.
 */
final class OrganizationFixture {
    static final int FRANCE = 250;
    static final int BELGIUM = 56;
    static final int SWITZERLAND = 756;

    static final int ROLE_OKTA_ADMIN = 1;
    static final int ROLE_HR_ADMIN = 2;
    static final int ROLE_MANAGER = 3;
    static final int ROLE_EMPLOYEE = 4;

    static final int DEPARTMENT_GENERAL_MANAGEMENT = 1;
    static final int DEPARTMENT_HUMAN_RESOURCES = 2;
    static final int DEPARTMENT_INFORMATION_SYSTEMS = 10;

    static final int ESTABLISHMENT_PARIS = 1;

    static final String EXT_BLOOD_TYPE = "e_bloodType";
    static final String EXT_BADGE_ISSUED_ON = "e_badgeIssuedOn";
    static final String EXT_COMMUTE_DISTANCE = "e_commuteDistanceKm";
    static final String EXT_COMPANY_CAR = "e_hasCompanyCar";
    static final String EXT_TSHIRT_SIZE = "e_tShirtSize";
    static final String EXT_EMERGENCY_CONTACT = "e_emergencyContact";
    static final String EXT_LANGUAGES = "e_languages";

    private OrganizationFixture() {
    }

    static Organization build() {
        return new Organization(departments(), establishments(), legalUnits(), countries(), roles(),
                new Organization.ReferenceLists(cultures(), calendars(), csps(), extendedDataDefinitions()));
    }

    private static List<Country> countries() {
        return List.of(
                new Country(BELGIUM, "Belgique", "BEL"),
                new Country(FRANCE, "France", "FRA"),
                new Country(SWITZERLAND, "Suisse", "CHE"));
    }

    private static List<LegalUnit> legalUnits() {
        return List.of(
                new LegalUnit(1, "Sandbox Industries SAS", "SI-FR", FRANCE),
                new LegalUnit(2, "Sandbox Services SAS", "SS-FR", FRANCE),
                new LegalUnit(3, "Sandbox Industries Belgium SRL", "SI-BE", BELGIUM),
                new LegalUnit(4, "Sandbox Industries Suisse SA", "SI-CH", SWITZERLAND));
    }

    private static List<Establishment> establishments() {
        return List.of(
                new Establishment(ESTABLISHMENT_PARIS, "Paris – Siège", "PAR", 1, false),
                new Establishment(2, "Lyon", "LYS", 1, false),
                new Establishment(3, "Nantes", "NTE", 2, false),
                new Establishment(4, "Bordeaux", "BOD", 2, true),
                new Establishment(5, "Bruxelles", "BRU", 3, false),
                new Establishment(6, "Gand", "GNT", 3, false),
                new Establishment(7, "Genève", "GVA", 4, false),
                new Establishment(8, "Zürich", "ZRH", 4, false));
    }

    private static List<Department> departments() {
        return List.of(
                new Department(DEPARTMENT_GENERAL_MANAGEMENT, "Direction générale", "DG", null, true, 0),
                new Department(DEPARTMENT_HUMAN_RESOURCES, "Ressources humaines", "RH", 1, true, 1),
                new Department(3, "Finance", "FIN", 1, true, 1),
                new Department(4, "Comptabilité", "FIN-CPT", 3, true, 2),
                new Department(5, "Contrôle de gestion", "FIN-CDG", 3, true, 2),
                new Department(6, "Technologie", "TECH", 1, true, 1),
                new Department(7, "Plateforme", "TECH-PLT", 6, true, 2),
                new Department(8, "Produit", "TECH-PRD", 6, true, 2),
                new Department(9, "Design", "TECH-PRD-DSN", 8, true, 3),
                new Department(DEPARTMENT_INFORMATION_SYSTEMS, "Systèmes d'information", "TECH-SI", 6, true, 2),
                new Department(11, "Ventes", "VTE", 1, true, 1),
                new Department(12, "Ventes France", "VTE-FR", 11, true, 2),
                new Department(13, "Ventes Benelux", "VTE-BNL", 11, true, 2),
                new Department(14, "Ventes Suisse", "VTE-CH", 11, true, 2),
                new Department(15, "Marketing", "MKT", 1, true, 1),
                new Department(16, "Service client", "SUP", 1, true, 1),
                new Department(17, "Juridique", "JUR", 1, true, 1),
                new Department(18, "Laboratoire d'innovation", "TECH-LAB", 6, false, 2));
    }

    private static List<Role> roles() {
        return List.of(
                new Role(ROLE_OKTA_ADMIN, "Administrateur Okta",
                        Set.of(Permission.OKTA_ADMINISTER, Permission.USERS_READ, Permission.USERS_READ_FUTURE)),
                new Role(ROLE_HR_ADMIN, "Administrateur RH",
                        Set.of(Permission.USERS_READ, Permission.USERS_READ_FUTURE, Permission.USERS_EDIT,
                                Permission.DEPARTMENTS_ADMIN, Permission.ORGANIZATION_EDIT)),
                new Role(ROLE_MANAGER, "Manager", Set.of(Permission.USERS_READ)),
                new Role(ROLE_EMPLOYEE, "Collaborateur", Set.of()));
    }

    private static List<NamedItem> cultures() {
        return List.of(
                new NamedItem(1, "Français (France)"),
                new NamedItem(2, "Français (Belgique)"),
                new NamedItem(3, "Nederlands (België)"),
                new NamedItem(4, "Français (Suisse)"),
                new NamedItem(5, "Deutsch (Schweiz)"),
                new NamedItem(6, "English (United Kingdom)"));
    }

    private static List<NamedItem> calendars() {
        return List.of(
                new NamedItem(1, "Calendrier France"),
                new NamedItem(2, "Calendrier Belgique"),
                new NamedItem(3, "Calendrier Genève"),
                new NamedItem(4, "Kalender Zürich"));
    }

    private static List<NamedItem> csps() {
        return List.of(
                new NamedItem(1, "Cadre"),
                new NamedItem(2, "Agent de maîtrise"),
                new NamedItem(3, "Employé"),
                new NamedItem(4, "Ouvrier"),
                new NamedItem(5, "Apprenti"));
    }

    private static List<ExtendedDataDefinition> extendedDataDefinitions() {
        return List.of(
                ExtendedDataDefinition.simple(EXT_BLOOD_TYPE, "Blood type", ExtendedDataType.STRING),
                ExtendedDataDefinition.simple(EXT_BADGE_ISSUED_ON, "Badge issued on", ExtendedDataType.DATE),
                ExtendedDataDefinition.simple(EXT_COMMUTE_DISTANCE, "Commute distance (km)", ExtendedDataType.NUMBER),
                ExtendedDataDefinition.simple(EXT_COMPANY_CAR, "Company car", ExtendedDataType.BOOLEAN),
                new ExtendedDataDefinition(EXT_TSHIRT_SIZE, "T-shirt size", ExtendedDataKind.COMPOUND, null, List.of(
                        new SubField("id", "Id", ExtendedDataType.NUMBER),
                        new SubField("name", "Name", ExtendedDataType.STRING))),
                new ExtendedDataDefinition(EXT_EMERGENCY_CONTACT, "Emergency contact",
                        ExtendedDataKind.CONFIGURABLE_COMPOUND, null, List.of(
                        new SubField("name", "Name", ExtendedDataType.STRING),
                        new SubField("phone", "Phone", ExtendedDataType.STRING),
                        new SubField("relationship", "Relationship", ExtendedDataType.STRING))),
                new ExtendedDataDefinition(EXT_LANGUAGES, "Spoken languages",
                        ExtendedDataKind.MULTIPLE_OCCURRENCES, null, List.of(
                        new SubField("language", "Language", ExtendedDataType.STRING),
                        new SubField("level", "Level", ExtendedDataType.STRING),
                        new SubField("certifiedOn", "Certified on", ExtendedDataType.DATE))));
    }
}
