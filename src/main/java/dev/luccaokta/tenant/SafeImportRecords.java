package dev.luccaokta.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the snapshot safeguard keeps per tenant in the database, shared by the instances of a cluster: the people Okta
 * last imported ({@link ImportBaseline}) and the snapshot held back, if any ({@link SnapshotHold}).
 *
 * <p>Reads run in a transaction as writes do: snapshot builds call them from the managed executor, where Payara
 * closes a non-transactional entity manager after a task's first run.
 */
@ApplicationScoped
@Transactional
public class SafeImportRecords {

    @PersistenceContext(unitName = "lucca-okta")
    private EntityManager em;

    public Optional<ImportBaseline> baseline(String tenantId) {
        return Optional.ofNullable(em.find(ImportBaseline.class, tenantId));
    }

    /**
     * Replaces the tenant's baseline unless the one stored is of a newer snapshot: an instance still serving an older
     * one must not undo what a release made the reference.
     */
    public void saveBaseline(ImportBaseline baseline) {
        ImportBaseline stored = em.find(ImportBaseline.class, baseline.getTenantId(), LockModeType.PESSIMISTIC_WRITE);
        if (stored == null || !stored.getSnapshotBuiltAt().isAfter(baseline.getSnapshotBuiltAt())) {
            em.merge(baseline);
        }
    }

    public Optional<SnapshotHold> hold(String tenantId) {
        return Optional.ofNullable(em.find(SnapshotHold.class, tenantId));
    }

    /** Changes the tenant's hold, made if it has none, under a lock so that two instances do not overwrite each other. */
    public SnapshotHold updateHold(String tenantId, Consumer<SnapshotHold> change) {
        SnapshotHold hold = em.find(SnapshotHold.class, tenantId, LockModeType.PESSIMISTIC_WRITE);
        if (hold == null) {
            hold = new SnapshotHold(tenantId);
            change.accept(hold);
            em.persist(hold);
        } else {
            change.accept(hold);
        }
        return hold;
    }

    /** Releases the tenant's hold (see {@link SnapshotHold#release}); empty when it has none. */
    public Optional<SnapshotHold> release(String tenantId, String by) {
        SnapshotHold hold = em.find(SnapshotHold.class, tenantId, LockModeType.PESSIMISTIC_WRITE);
        if (hold == null) {
            return Optional.empty();
        }
        hold.release(by);
        return Optional.of(hold);
    }

    /** Ends the tenant's hold; false when it had none. */
    public boolean endHold(String tenantId) {
        return em.createQuery("delete from SnapshotHold h where h.tenantId = :tenant").setParameter("tenant", tenantId)
                .executeUpdate() > 0;
    }
}
