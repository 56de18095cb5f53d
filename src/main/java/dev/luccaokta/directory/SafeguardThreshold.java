package dev.luccaokta.directory;

/**
 * When a snapshot is held rather than published: it would deactivate or drop more than {@code percent} % of the
 * people active in Okta's last import, and at least {@code minimum} people. 100 % never holds.
 */
public record SafeguardThreshold(int percent, int minimum) {

    public boolean holds(ImportDiff diff) {
        int affected = diff.affected();
        return percent < 100 && affected >= minimum && (long) affected * 100 > (long) percent * diff.baseActive();
    }
}
