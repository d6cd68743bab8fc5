package org.countyhall.badges.internal.store;

import java.time.Instant;

import javax.persistence.EntityManager;

import org.countyhall.staff.api.Building;
import org.countyhall.testing.JpaTestDatabase;
import org.countyhall.testing.StoreContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The store contract (no lost update, no second row for a taken key) on the card holder, the row every issuance
 * for a person updates (one active card per person rests on it).
 */
class BadgesStoreContractTest extends StoreContract {

    @RegisterExtension
    static final JpaTestDatabase db = new JpaTestDatabase("badges", HolderEntity.class, CardEntity.class,
            ApplicationEntity.class, FindingEntity.class, LineEntity.class, DoorEntity.class);

    private static final Instant NOW = Instant.parse("2026-12-04T02:30:00Z");

    @Override
    protected JpaTestDatabase db() {
        return db;
    }

    @Override
    protected String[] tables() {
        return new String[] {"BADGES_CARD_CHANGE", "BADGES_DOOR", "BADGES_LINE", "BADGES_FINDING", "BADGES_APPLICATION", "BADGES_CARD", "BADGES_HOLDER"};
    }

    @Override
    protected Object newEntity(String key, int variant) {
        HolderEntity e = new HolderEntity(key);
        edit(e, variant);
        return e;
    }

    @Override
    protected Object find(EntityManager em, String key) {
        return new BadgesStore(em).holder(key).orElseThrow();
    }

    @Override
    protected void edit(Object entity, int variant) {
        ((HolderEntity) entity).describe("张三", expected(variant), Building.MAIN, NOW);
    }

    @Override
    protected String stored(EntityManager em, String key) {
        return new BadgesStore(em).holder(key).orElseThrow().unit();
    }

    @Override
    protected String expected(int variant) {
        return "单位" + variant;
    }
}
