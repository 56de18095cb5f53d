package dev.luccaokta.sandbox.data;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One user file of the directory, immutable. References to other items (department, establishment, manager, role,
 * culture...) are kept as ids and resolved when rendered, so that renaming or moving never leaves stale copies behind.
 * A change is made by {@link #toBuilder() copying} the file and publishing the copy.
 */
public final class Employee {
    private final int id;
    private final String firstName;
    private final String lastName;
    private final String login;
    private final String mail;
    private final LocalDateTime modifiedOn;
    private final LocalDate dtContractStart;
    private final LocalDate dtContractEnd;
    private final LocalDate birthDate;
    private final LocalDate seniorityDate;
    private final String employeeNumber;
    private final String jobTitle;
    private final Gender gender;
    private final String nationality;
    private final String directLine;
    private final String professionalMobile;
    private final String personalMobile;
    private final String personalEmail;
    private final String address;
    private final int cultureId;
    private final int calendarId;
    private final int legalEntityId;
    private final int departmentId;
    private final Integer managerId;
    private final int cspId;
    private final int rolePrincipalId;
    private final List<Integer> habilitedRoleIds;
    private final Map<String, ExtendedValue> extendedData;
    private final Compensation theoreticalCompensation;

    private Employee(Builder b) {
        this.id = b.id;
        this.firstName = Objects.requireNonNull(b.firstName, "firstName");
        this.lastName = Objects.requireNonNull(b.lastName, "lastName");
        this.login = Objects.requireNonNull(b.login, "login");
        this.mail = Objects.requireNonNull(b.mail, "mail");
        this.modifiedOn = Objects.requireNonNull(b.modifiedOn, "modifiedOn");
        this.dtContractStart = Objects.requireNonNull(b.dtContractStart, "dtContractStart");
        this.dtContractEnd = b.dtContractEnd;
        this.birthDate = b.birthDate;
        this.seniorityDate = b.seniorityDate;
        this.employeeNumber = b.employeeNumber;
        this.jobTitle = b.jobTitle;
        this.gender = b.gender;
        this.nationality = b.nationality;
        this.directLine = b.directLine;
        this.professionalMobile = b.professionalMobile;
        this.personalMobile = b.personalMobile;
        this.personalEmail = b.personalEmail;
        this.address = b.address;
        this.cultureId = b.cultureId;
        this.calendarId = b.calendarId;
        this.legalEntityId = b.legalEntityId;
        this.departmentId = b.departmentId;
        this.managerId = b.managerId;
        this.cspId = b.cspId;
        this.rolePrincipalId = b.rolePrincipalId;
        this.habilitedRoleIds = List.copyOf(b.habilitedRoleIds);
        this.extendedData = Collections.unmodifiableMap(new LinkedHashMap<>(b.extendedData));
        this.theoreticalCompensation = b.theoreticalCompensation;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** "Firstname Lastname", Lucca's {@code name}. */
    public String name() {
        return firstName + " " + lastName;
    }

    /** "Lastname Firstname", Lucca's {@code displayName}. */
    public String displayName() {
        return lastName + " " + firstName;
    }

    /** A former employee's contract ended before {@code today}; the last day of a contract is still worked. */
    public boolean isFormer(LocalDate today) {
        return dtContractEnd != null && dtContractEnd.isBefore(today);
    }

    /** A future employee's contract has not started yet. */
    public boolean isFuture(LocalDate today) {
        return dtContractStart.isAfter(today);
    }

    public int id() {
        return id;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public String login() {
        return login;
    }

    public String mail() {
        return mail;
    }

    public LocalDateTime modifiedOn() {
        return modifiedOn;
    }

    public LocalDate dtContractStart() {
        return dtContractStart;
    }

    public LocalDate dtContractEnd() {
        return dtContractEnd;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public LocalDate seniorityDate() {
        return seniorityDate;
    }

    public String employeeNumber() {
        return employeeNumber;
    }

    public String jobTitle() {
        return jobTitle;
    }

    public Gender gender() {
        return gender;
    }

    public String nationality() {
        return nationality;
    }

    public String directLine() {
        return directLine;
    }

    public String professionalMobile() {
        return professionalMobile;
    }

    public String personalMobile() {
        return personalMobile;
    }

    public String personalEmail() {
        return personalEmail;
    }

    public String address() {
        return address;
    }

    public int cultureId() {
        return cultureId;
    }

    public int calendarId() {
        return calendarId;
    }

    public int legalEntityId() {
        return legalEntityId;
    }

    public int departmentId() {
        return departmentId;
    }

    public Integer managerId() {
        return managerId;
    }

    public int cspId() {
        return cspId;
    }

    public int rolePrincipalId() {
        return rolePrincipalId;
    }

    public List<Integer> habilitedRoleIds() {
        return habilitedRoleIds;
    }

    public Map<String, ExtendedValue> extendedData() {
        return extendedData;
    }

    public Compensation theoreticalCompensation() {
        return theoreticalCompensation;
    }

    @Override
    public String toString() {
        return "Employee[" + id + " " + login + "]";
    }

    /** Collects the values of a new or changed user file; {@link #build()} checks the mandatory ones. */
    public static final class Builder {
        private int id;
        private String firstName;
        private String lastName;
        private String login;
        private String mail;
        private LocalDateTime modifiedOn;
        private LocalDate dtContractStart;
        private LocalDate dtContractEnd;
        private LocalDate birthDate;
        private LocalDate seniorityDate;
        private String employeeNumber;
        private String jobTitle;
        private Gender gender;
        private String nationality;
        private String directLine;
        private String professionalMobile;
        private String personalMobile;
        private String personalEmail;
        private String address;
        private int cultureId;
        private int calendarId;
        private int legalEntityId;
        private int departmentId;
        private Integer managerId;
        private int cspId;
        private int rolePrincipalId;
        private List<Integer> habilitedRoleIds = List.of();
        private Map<String, ExtendedValue> extendedData = Map.of();
        private Compensation theoreticalCompensation;

        private Builder() {
        }

        private Builder(Employee e) {
            id = e.id;
            firstName = e.firstName;
            lastName = e.lastName;
            login = e.login;
            mail = e.mail;
            modifiedOn = e.modifiedOn;
            dtContractStart = e.dtContractStart;
            dtContractEnd = e.dtContractEnd;
            birthDate = e.birthDate;
            seniorityDate = e.seniorityDate;
            employeeNumber = e.employeeNumber;
            jobTitle = e.jobTitle;
            gender = e.gender;
            nationality = e.nationality;
            directLine = e.directLine;
            professionalMobile = e.professionalMobile;
            personalMobile = e.personalMobile;
            personalEmail = e.personalEmail;
            address = e.address;
            cultureId = e.cultureId;
            calendarId = e.calendarId;
            legalEntityId = e.legalEntityId;
            departmentId = e.departmentId;
            managerId = e.managerId;
            cspId = e.cspId;
            rolePrincipalId = e.rolePrincipalId;
            habilitedRoleIds = e.habilitedRoleIds;
            extendedData = e.extendedData;
            theoreticalCompensation = e.theoreticalCompensation;
        }

        public Employee build() {
            return new Employee(this);
        }

        public Builder id(int value) {
            id = value;
            return this;
        }

        public Builder firstName(String value) {
            firstName = value;
            return this;
        }

        public Builder lastName(String value) {
            lastName = value;
            return this;
        }

        public Builder login(String value) {
            login = value;
            return this;
        }

        public Builder mail(String value) {
            mail = value;
            return this;
        }

        public Builder modifiedOn(LocalDateTime value) {
            modifiedOn = value;
            return this;
        }

        public Builder dtContractStart(LocalDate value) {
            dtContractStart = value;
            return this;
        }

        public Builder dtContractEnd(LocalDate value) {
            dtContractEnd = value;
            return this;
        }

        public Builder birthDate(LocalDate value) {
            birthDate = value;
            return this;
        }

        public Builder seniorityDate(LocalDate value) {
            seniorityDate = value;
            return this;
        }

        public Builder employeeNumber(String value) {
            employeeNumber = value;
            return this;
        }

        public Builder jobTitle(String value) {
            jobTitle = value;
            return this;
        }

        public Builder gender(Gender value) {
            gender = value;
            return this;
        }

        public Builder nationality(String value) {
            nationality = value;
            return this;
        }

        public Builder directLine(String value) {
            directLine = value;
            return this;
        }

        public Builder professionalMobile(String value) {
            professionalMobile = value;
            return this;
        }

        public Builder personalMobile(String value) {
            personalMobile = value;
            return this;
        }

        public Builder personalEmail(String value) {
            personalEmail = value;
            return this;
        }

        public Builder address(String value) {
            address = value;
            return this;
        }

        public Builder cultureId(int value) {
            cultureId = value;
            return this;
        }

        public Builder calendarId(int value) {
            calendarId = value;
            return this;
        }

        public Builder legalEntityId(int value) {
            legalEntityId = value;
            return this;
        }

        public Builder departmentId(int value) {
            departmentId = value;
            return this;
        }

        public Builder managerId(Integer value) {
            managerId = value;
            return this;
        }

        public Builder cspId(int value) {
            cspId = value;
            return this;
        }

        public Builder rolePrincipalId(int value) {
            rolePrincipalId = value;
            return this;
        }

        public Builder habilitedRoleIds(List<Integer> value) {
            habilitedRoleIds = value;
            return this;
        }

        public Builder extendedData(Map<String, ExtendedValue> value) {
            extendedData = value;
            return this;
        }

        public Builder theoreticalCompensation(Compensation value) {
            theoreticalCompensation = value;
            return this;
        }
    }
}
