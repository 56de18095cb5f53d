package dev.luccaokta.tenant;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How many changes to tenants this instance has committed: what was read of a tenant before the count moved may be
 * out of date. Counted once the change's transaction has ended, so that a read made after the count moved sees it.
 */
@ApplicationScoped
public class TenantChanges {

    private final AtomicLong committed = new AtomicLong();

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The count so far; read it before reading a tenant, and compare later. */
    public long count() {
        return committed.get();
    }

    /** Called within the transaction that changes a tenant. */
    void changing() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // Nothing to do before: only the end of the transaction makes the change visible or undoes it.
            }

            @Override
            public void afterCompletion(int status) {
                committed.incrementAndGet();
            }
        });
    }
}
