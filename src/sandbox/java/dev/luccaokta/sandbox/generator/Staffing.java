package dev.luccaokta.sandbox.generator;

import java.util.List;

/**
 * How the staff spreads over the departments of {@link OrganizationFixture}: a relative weight (0 for the closed
 * department, which only former employees may have belonged to) and the job titles people there hold.
 */
record Staffing(int departmentId, int weight, List<String> jobTitles) {

    static final List<Staffing> ALL = List.of(
            new Staffing(1, 1, List.of("Directeur général", "Directrice des opérations", "Assistant de direction")),
            new Staffing(2, 4, List.of("Chargée de recrutement", "Responsable paie", "HR Business Partner")),
            new Staffing(3, 2, List.of("Responsable financier", "Analyste financière")),
            new Staffing(4, 4, List.of("Comptable", "Comptable fournisseurs", "Cheffe comptable")),
            new Staffing(5, 3, List.of("Contrôleur de gestion", "Analyste FP&A")),
            new Staffing(6, 2, List.of("Directeur technique", "Architecte logiciel")),
            new Staffing(7, 14, List.of("Développeuse backend", "Ingénieur DevOps", "Site Reliability Engineer")),
            new Staffing(8, 10, List.of("Product Manager", "Développeur front-end", "Product Owner")),
            new Staffing(9, 4, List.of("Product Designer", "UX Researcher")),
            new Staffing(10, 5, List.of("Administrateur systèmes", "Ingénieure sécurité", "Technicien support IT")),
            new Staffing(11, 2, List.of("Directrice commerciale", "Sales Operations")),
            new Staffing(12, 12, List.of("Account Executive", "Business Developer", "Key Account Manager")),
            new Staffing(13, 6, List.of("Account Executive", "Accountmanager")),
            new Staffing(14, 4, List.of("Account Executive", "Verkaufsleiter")),
            new Staffing(15, 6, List.of("Chargée de marketing", "Content Manager", "Growth Marketer")),
            new Staffing(16, 12, List.of("Conseiller client", "Chargée de support", "Customer Success Manager")),
            new Staffing(17, 2, List.of("Juriste", "Juriste droit social")),
            new Staffing(18, 0, List.of("Chercheur", "Ingénieure R&D")));

    static Staffing of(int departmentId) {
        return ALL.stream().filter(staffing -> staffing.departmentId == departmentId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No staffing for department " + departmentId));
    }
}
