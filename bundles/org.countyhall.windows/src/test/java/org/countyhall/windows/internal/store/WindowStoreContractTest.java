package org.countyhall.windows.internal.store;

import java.time.Instant;
import java.util.List;

import javax.persistence.EntityManager;

import org.countyhall.testing.JpaTestDatabase;
import org.countyhall.testing.StoreContract;
import org.countyhall.windows.api.WindowInput;
import org.countyhall.windows.api.WindowState;
import org.countyhall.windows.api.WindowType;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The store contract (no lost update, no second row for a taken number) on the window entity. */
class WindowStoreContractTest extends StoreContract {

    @RegisterExtension
    static final JpaTestDatabase db = new JpaTestDatabase("windows", WindowEntity.class, LeaveEntity.class);

    private static final Instant NOW = Instant.parse("2026-12-04T02:30:00Z");

    @Override
    protected JpaTestDatabase db() {
        return db;
    }

    @Override
    protected String[] tables() {
        return new String[] {"WINDOWS_ITEM", "WINDOWS_REGISTRY", "WINDOWS_LEAVE"};
    }

    @Override
    protected Object newEntity(String key, int variant) {
        WindowEntity e = new WindowEntity(key);
        edit(e, variant);
        return e;
    }

    @Override
    protected Object find(EntityManager em, String key) {
        return new WindowStore(em).find(key).orElseThrow();
    }

    @Override
    protected void edit(Object entity, int variant) {
        WindowEntity e = (WindowEntity) entity;
        e.edit(new WindowInput(e.number(), expected(variant), WindowType.COMPREHENSIVE, "政务服务中心", "一楼大厅", 1,
                "hall", WindowState.OPEN, null, null, "S001", null, null, null, List.of("ITEM-" + variant)), true, NOW);
    }

    @Override
    protected String stored(EntityManager em, String key) {
        return new WindowStore(em).find(key).orElseThrow().toWindow().name();
    }

    @Override
    protected String expected(int variant) {
        return "综合受理" + variant;
    }
}
