package dev.luccaokta.sandbox.data;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;

/**
 * The live user files. Readers get an immutable snapshot without locking; writers are serialised, check the rules
 * that span several files, and publish a new snapshot only when everything holds, so an update is all-or-nothing and
 * a query never sees half of one. {@link #reset()} brings back the data set the directory started from.
 */
public final class EmployeeDirectory {
    private final Dataset initial;
    private final Object writeLock = new Object();
    private volatile List<Employee> employees;

    public EmployeeDirectory(Dataset initial) {
        this.initial = initial;
        this.employees = initial.employees();
    }

    public Organization organization() {
        return initial.organization();
    }

    public LocalDate today() {
        return initial.today();
    }

    /** All user files in id order, as they are now; later updates do not show in the returned list. */
    public List<Employee> snapshot() {
        return employees;
    }

    public Optional<Employee> find(int id) {
        return find(employees, id);
    }

    private static Optional<Employee> find(List<Employee> files, int id) {
        return id >= 1 && id <= files.size() ? Optional.of(files.get(id - 1)) : Optional.empty();
    }

    /**
     * Replaces one user file by what {@code change} makes of it.
     *
     * @return the stored file, or empty when there is no user with this id
     * @throws InvalidDataException (or whatever {@code change} throws) when the change is refused; nothing is stored
     */
    public Optional<Employee> update(int id, UnaryOperator<Employee> change) {
        return update(id, change, (before, after) -> { });
    }

    /**
     * Replaces one user file by what {@code change} makes of it, and tells {@code stored} while still holding the
     * write lock, so that listeners see the changes in the order they were made.
     *
     * @param stored told the file before and after, once the new file is published
     * @return the stored file, or empty when there is no user with this id
     * @throws InvalidDataException (or whatever {@code change} throws) when the change is refused; nothing is stored
     */
    public Optional<Employee> update(int id, UnaryOperator<Employee> change, BiConsumer<Employee, Employee> stored) {
        synchronized (writeLock) {
            List<Employee> current = employees;
            Optional<Employee> before = find(current, id);
            if (before.isEmpty()) {
                return before;
            }
            Employee after = change.apply(before.get());
            if (after.id() != id) {
                throw new IllegalArgumentException("An update cannot change the id of user " + id);
            }
            checkUnique(current, after);
            checkManager(current, after);
            List<Employee> next = new ArrayList<>(current);
            next.set(id - 1, after);
            employees = List.copyOf(next);
            stored.accept(before.get(), after);
            return Optional.of(after);
        }
    }

    /**
     * Adds a person after every existing one (ids N+1, N+2...), checked as an update is.
     *
     * @param stored told {@code null} and the new file, once it is published, while still holding the write lock
     * @throws InvalidDataException when the hire is refused; nothing is stored
     */
    public Employee hire(Hire hire, LocalDateTime now, BiConsumer<Employee, Employee> stored) {
        synchronized (writeLock) {
            List<Employee> current = employees;
            Employee newcomer = hire.newcomer(current.size() + 1, current, organization(), now);
            checkUnique(current, newcomer);
            List<Employee> next = new ArrayList<>(current);
            next.add(newcomer);
            checkManager(next, newcomer);
            employees = List.copyOf(next);
            stored.accept(null, newcomer);
            return newcomer;
        }
    }

    /** Brings back the initial data set, dropping every update and hire. */
    public void reset() {
        synchronized (writeLock) {
            employees = initial.employees();
        }
    }

    private static void checkUnique(List<Employee> files, Employee candidate) {
        String login = candidate.login().toLowerCase(Locale.ROOT);
        String mail = candidate.mail().toLowerCase(Locale.ROOT);
        for (Employee other : files) {
            if (other.id() == candidate.id()) {
                continue;
            }
            if (other.login().toLowerCase(Locale.ROOT).equals(login)) {
                throw new InvalidDataException(
                        "Login '" + candidate.login() + "' is already used by user " + other.id());
            }
            if (other.mail().toLowerCase(Locale.ROOT).equals(mail)) {
                throw new InvalidDataException(
                        "Mail '" + candidate.mail() + "' is already used by user " + other.id());
            }
        }
    }

    /** The manager must exist and must not be the user or someone who reports to the user. */
    private static void checkManager(List<Employee> files, Employee candidate) {
        Set<Integer> chain = new HashSet<>();
        chain.add(candidate.id());
        Integer managerId = candidate.managerId();
        while (managerId != null) {
            Optional<Employee> manager = find(files, managerId);
            if (manager.isEmpty()) {
                throw new InvalidDataException("Invalid managerId '" + managerId + "': no such user");
            }
            if (!chain.add(managerId)) {
                throw new InvalidDataException("Invalid managerId '" + candidate.managerId()
                        + "': user " + candidate.id() + " would end up managing themselves");
            }
            managerId = manager.get().managerId();
        }
    }
}
