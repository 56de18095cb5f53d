package dev.luccaokta.sandbox.generator;

import dev.luccaokta.sandbox.data.Compensation;
import dev.luccaokta.sandbox.data.Dataset;
import dev.luccaokta.sandbox.data.Department;
import dev.luccaokta.sandbox.data.Employee;
import dev.luccaokta.sandbox.data.Establishment;
import dev.luccaokta.sandbox.data.Gender;
import dev.luccaokta.sandbox.data.Organization;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Generates the sandbox data set. The same size, seed and "today" always give the same data. About 3% of the
 * employees are former employees and 2% future ones; the others are current. The first ids are fixed on purpose:
 * users 1 and 2 are current Okta administrators in the information systems department, user 3 is the chief
 * executive (top of the manager hierarchy) and user 4 an HR administrator.
 */
public final class DatasetGenerator {
    /** The largest data set the generator accepts. */
    public static final int MAX_EMPLOYEES = 200_000;

    static final double FORMER_SHARE = 0.03;
    static final double FUTURE_SHARE = 0.02;
    private static final int OKTA_ADMINISTRATORS = 2;
    private static final int CHIEF_EXECUTIVE = 3;
    private static final int FIRST_HR_ADMINISTRATOR = 4;
    private static final int HR_ADMINISTRATORS = 3;
    private static final String MAIL_DOMAIN = "@sandbox-industries.example";
    private static final List<String> OTHER_NATIONALITIES = List.of(
            "ESP", "ITA", "PRT", "DEU", "GBR", "MAR", "POL", "ROU", "SEN", "VNM", "TUR", "IRL");

    private final Organization organization = OrganizationFixture.build();
    private final LocalDate today;
    private final Draw draw;
    private final LoginAllocator logins = new LoginAllocator();
    private final List<Site> openSites;
    private final List<Site> archivedSites;
    private final List<Staffing> activeDepartments;
    private final List<Staffing> inactiveDepartments;

    private DatasetGenerator(long seed, LocalDate today) {
        this.today = today;
        this.draw = new Draw(seed);
        Set<Integer> archived = Set.copyOf(organization.establishments().stream()
                .filter(Establishment::isArchived).map(Establishment::id).toList());
        this.openSites = Site.ALL.stream().filter(site -> !archived.contains(site.establishmentId())).toList();
        this.archivedSites = Site.ALL.stream().filter(site -> archived.contains(site.establishmentId())).toList();
        Set<Integer> inactive = Set.copyOf(organization.departments().stream()
                .filter(d -> !d.isActive()).map(Department::id).toList());
        this.activeDepartments = Staffing.ALL.stream()
                .filter(s -> !inactive.contains(s.departmentId()) && s.weight() > 0).toList();
        this.inactiveDepartments = Staffing.ALL.stream().filter(s -> inactive.contains(s.departmentId())).toList();
    }

    /**
     * Builds a data set of {@code size} employees with ids 1..size.
     *
     * @param today the day that decides who is a former, current or future employee
     */
    public static Dataset generate(int size, long seed, LocalDate today) {
        if (size < 1 || size > MAX_EMPLOYEES) {
            throw new IllegalArgumentException("The number of employees must be between 1 and " + MAX_EMPLOYEES);
        }
        return new DatasetGenerator(seed, today).generate(size);
    }

    private Dataset generate(int size) {
        List<Employee.Builder> files = new ArrayList<>(size);
        int[] departmentOf = new int[size];
        boolean[] current = new boolean[size];
        for (int id = 1; id <= size; id++) {
            Tenure tenure = tenure(id);
            Staffing staffing = department(id, tenure);
            departmentOf[id - 1] = staffing.departmentId();
            current[id - 1] = tenure == Tenure.CURRENT;
            files.add(employee(id, tenure, staffing, site(id, tenure)));
        }
        ManagerHierarchy hierarchy = new ManagerHierarchy(organization.departments(), departmentOf, current);
        RoleAssignment roles = new RoleAssignment(size, OKTA_ADMINISTRATORS, hrAdministrators(departmentOf, current));
        List<Employee> employees = new ArrayList<>(size);
        for (int id = 1; id <= size; id++) {
            roles.countReport(hierarchy.managerOf(id));
        }
        for (int id = 1; id <= size; id++) {
            employees.add(files.get(id - 1)
                    .managerId(hierarchy.managerOf(id))
                    .rolePrincipalId(roles.principalRole(id))
                    .habilitedRoleIds(roles.habilitedRoles(id))
                    .build());
        }
        return new Dataset(organization, employees, today);
    }

    private Tenure tenure(int id) {
        double roll = draw.real(0, 1);
        if (id <= FIRST_HR_ADMINISTRATOR) {
            return Tenure.CURRENT;
        }
        if (roll < FORMER_SHARE) {
            return Tenure.FORMER;
        }
        return roll < FORMER_SHARE + FUTURE_SHARE ? Tenure.FUTURE : Tenure.CURRENT;
    }

    private Staffing department(int id, Tenure tenure) {
        if (id <= OKTA_ADMINISTRATORS) {
            return Staffing.of(OrganizationFixture.DEPARTMENT_INFORMATION_SYSTEMS);
        }
        if (id == CHIEF_EXECUTIVE) {
            return Staffing.of(OrganizationFixture.DEPARTMENT_GENERAL_MANAGEMENT);
        }
        if (id == FIRST_HR_ADMINISTRATOR) {
            return Staffing.of(OrganizationFixture.DEPARTMENT_HUMAN_RESOURCES);
        }
        if (tenure == Tenure.FORMER && draw.chance(0.1)) {
            return draw.pick(inactiveDepartments);
        }
        return draw.weighted(activeDepartments, Staffing::weight);
    }

    private Site site(int id, Tenure tenure) {
        if (id <= FIRST_HR_ADMINISTRATOR) {
            return Site.of(OrganizationFixture.ESTABLISHMENT_PARIS);
        }
        if (tenure == Tenure.FORMER && draw.chance(0.1)) {
            return draw.pick(archivedSites);
        }
        return draw.weighted(openSites, Site::weight);
    }

    private Employee.Builder employee(int id, Tenure tenure, Staffing staffing, Site site) {
        Gender gender = draw.chance(0.5) ? Gender.FEMALE : Gender.MALE;
        String firstName = draw.pick(
                gender == Gender.FEMALE ? NamePools.FEMALE_FIRST_NAMES : NamePools.MALE_FIRST_NAMES);
        String lastName = draw.pick(NamePools.LAST_NAMES);
        String login = logins.allocate(firstName, lastName);
        ContractDates dates = ContractDates.draw(tenure, today, draw);
        ContactDetails contact = ContactDetails.draw(site, firstName, lastName, draw);
        int cspId = occupationCategory();
        return Employee.builder()
                .id(id)
                .firstName(firstName)
                .lastName(lastName)
                .login(login)
                .mail(login + MAIL_DOMAIN)
                .gender(gender)
                .modifiedOn(dates.modifiedOn())
                .dtContractStart(dates.start())
                .dtContractEnd(dates.end())
                .seniorityDate(dates.seniority())
                .birthDate(dates.birth())
                .employeeNumber(String.format("%06d", id))
                .jobTitle(draw.pick(staffing.jobTitles()))
                .nationality(draw.chance(0.85) ? site.countryCode() : draw.pick(OTHER_NATIONALITIES))
                .directLine(contact.directLine())
                .professionalMobile(contact.professionalMobile())
                .personalMobile(contact.personalMobile())
                .personalEmail(contact.personalEmail())
                .address(contact.address())
                .cultureId(draw.chance(0.04) ? 6 : draw.pick(site.cultureIds()))
                .calendarId(site.calendarId())
                .legalEntityId(site.establishmentId())
                .departmentId(staffing.departmentId())
                .cspId(cspId)
                .extendedData(ExtendedDataValues.draw(dates.start(), today, site.mobilePrefix(), draw))
                .theoreticalCompensation(compensation(cspId, site));
    }

    /** Cadre 45%, agent de maîtrise 20%, employé 30%, ouvrier 2%, apprenti 3%. */
    private int occupationCategory() {
        int roll = draw.between(1, 100);
        if (roll <= 45) {
            return 1;
        }
        if (roll <= 65) {
            return 2;
        }
        if (roll <= 95) {
            return 3;
        }
        return roll <= 97 ? 4 : 5;
    }

    private Compensation compensation(int cspId, Site site) {
        int base = switch (cspId) {
            case 1 -> 55_000;
            case 2 -> 38_000;
            case 3 -> 30_000;
            case 4 -> 26_000;
            default -> 14_000;
        };
        double swissPremium = "CHF".equals(site.currency()) ? 1.45 : 1.0;
        BigDecimal amount = BigDecimal.valueOf(base * swissPremium * draw.real(0.85, 1.6))
                .setScale(-2, RoundingMode.HALF_UP).setScale(2, RoundingMode.UNNECESSARY);
        return new Compensation(amount, site.currency());
    }

    /** The first current members of the HR department. */
    private static Set<Integer> hrAdministrators(int[] departmentOf, boolean[] current) {
        List<Integer> ids = new ArrayList<>();
        for (int index = 0; index < departmentOf.length && ids.size() < HR_ADMINISTRATORS; index++) {
            if (current[index] && departmentOf[index] == OrganizationFixture.DEPARTMENT_HUMAN_RESOURCES) {
                ids.add(index + 1);
            }
        }
        return Set.copyOf(ids);
    }
}
