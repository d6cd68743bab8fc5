package org.countyhall.staff.internal.store;

import java.time.Instant;
import java.util.List;

import javax.persistence.EntityManager;

import org.countyhall.staff.api.Building;
import org.countyhall.testing.JpaTestDatabase;
import org.countyhall.testing.StoreContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The store contract (no lost update, no second row for a taken number) on the staff entity. */
class StaffStoreContractTest extends StoreContract {

    @RegisterExtension
    static final JpaTestDatabase db = new JpaTestDatabase("staff", StaffEntity.class, PhotoEntity.class);

    private static final Instant NOW = Instant.parse("2026-12-04T02:30:00Z");

    @Override
    protected JpaTestDatabase db() {
        return db;
    }

    @Override
    protected String[] tables() {
        return new String[] {"STAFF_QUALIFICATION", "STAFF_ROLE", "STAFF_PHOTO", "STAFF_MEMBER"};
    }

    @Override
    protected Object newEntity(String key, int variant) {
        StaffEntity e = new StaffEntity(key);
        edit(e, variant);
        return e;
    }

    @Override
    protected Object find(EntityManager em, String key) {
        return new StaffStore(em).find(key).orElseThrow();
    }

    @Override
    protected void edit(Object entity, int variant) {
        ((StaffEntity) entity).edit("张三", expected(variant), Building.MAIN, null, List.of("TAX-" + variant), NOW);
    }

    @Override
    protected String stored(EntityManager em, String key) {
        return new StaffStore(em).find(key).orElseThrow().department();
    }

    @Override
    protected String expected(int variant) {
        return "部门" + variant;
    }
}
