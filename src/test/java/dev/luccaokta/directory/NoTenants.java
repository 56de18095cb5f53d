package dev.luccaokta.directory;

import dev.luccaokta.tenant.Tenant;
import dev.luccaokta.tenant.TenantRepository;
import java.util.List;
import java.util.Optional;

/** No tenant stored (the safeguard's default threshold holds); a test that needs one overrides the read it makes. */
class NoTenants implements TenantRepository {

    @Override
    public Optional<Tenant> findByTokenHash(String scimTokenHash) {
        return Optional.empty();
    }

    @Override
    public Optional<Tenant> findById(String id) {
        return Optional.empty();
    }

    @Override
    public List<Tenant> findAll() {
        return List.of();
    }

    @Override
    public Tenant save(Tenant tenant) {
        return tenant;
    }

    @Override
    public void delete(String id) {
        // nothing stored
    }

    @Override
    public long count() {
        return 0;
    }
}
