package org.countyhall.windows.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.countyhall.core.jpa.RecordCache;
import org.countyhall.testing.JpaTestDatabase;
import org.countyhall.testing.RecordingAudit;
import org.countyhall.testing.RecordingOutbox;
import org.countyhall.testing.ShippedConfig;
import org.countyhall.testing.TestCalendars;
import org.countyhall.testing.TestJpa;
import org.countyhall.windows.api.Window;
import org.countyhall.windows.api.WindowInput;
import org.countyhall.windows.api.WindowType;
import org.countyhall.windows.internal.store.LeaveEntity;
import org.countyhall.windows.internal.store.WindowEntity;
import org.countyhall.windows.internal.store.WindowStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A window's record is served from {@link RecordCache} while the database holds its version: what a read asks the
 * database for, that another node's change is read at once, and that a transaction's own change is never cached.
 */
class WindowReadCacheTest {

    @RegisterExtension
    static final JpaTestDatabase db = new JpaTestDatabase("windows", WindowEntity.class, LeaveEntity.class);

    private static final Clock FRIDAY = Clock.fixed(TestCalendars.at("2026-12-04T10:00+08:00"), TestCalendars.SHANGHAI);

    private TestJpa jpa;
    private WindowService windows;

    @BeforeEach
    void freshRegistry() {
        db.deleteAll("WINDOWS_ITEM", "WINDOWS_REGISTRY", "WINDOWS_LEAVE");
        jpa = new TestJpa(db);
        windows = node(jpa);
    }

    /** A registry on the shared database, as one node of a cluster runs it. */
    private static WindowService node(TestJpa jpa) {
        return new WindowService(jpa, new RecordingAudit(jpa), new RecordingOutbox(jpa), FRIDAY,
                TestCalendars.calendars(), ShippedConfig.defaults(WindowsConfig.class, Map.of()), null);
    }

    private static WindowInput window(String number, String name, String... itemCodes) {
        return new WindowInput(number, name, WindowType.COMPREHENSIVE, "政务服务中心", "一楼大厅", 1, null, null,
                null, null, null, null, null, null, itemCodes.length == 0 ? List.of("370100-001") : List.of(itemCodes));
    }

    @Test
    void aSecondReadOfAnUnchangedWindowAsksTheDatabaseOnlyForItsVersion() {
        windows.create(window("A01", "综合受理"));
        Window first = windows.find("A01").orElseThrow();
        db.sql().clear();

        Window second = windows.find("A01").orElseThrow();

        assertEquals(first, second);
        assertEquals(List.of("SELECT VERSION FROM WINDOWS_REGISTRY WHERE WINDOW_NUMBER = ?"), db.sql().statements());
    }

    @Test
    void aChangeMadeOnAnotherNodeIsReadAtOnce() {
        windows.create(window("A01", "综合受理"));
        Window cached = windows.find("A01").orElseThrow();
        WindowService otherNode = node(new TestJpa(db));

        Window changed = otherNode.update("A01", cached.version(), window("A01", "不动产登记"));

        Window read = windows.find("A01").orElseThrow();
        assertEquals("不动产登记", read.name());
        assertEquals(changed.version(), read.version());
        assertEquals(cached.version() + 1, read.version());
        // a change of the item codes alone moves the version too
        otherNode.update("A01", read.version(), window("A01", "不动产登记", "370100-001", "370100-002"));
        assertEquals(List.of("370100-001", "370100-002"), windows.find("A01").orElseThrow().itemCodes());
    }

    @Test
    void aTransactionReadsItsOwnChangeWhichIsNeverCached() {
        windows.create(window("A01", "综合受理"));
        long version = windows.find("A01").orElseThrow().version();

        assertThrows(IllegalStateException.class, () -> jpa.write(em -> {
            windows.update("A01", version, window("A01", "未提交的名称"));
            assertEquals("未提交的名称", windows.find("A01").orElseThrow().name(), "the transaction sees its change");
            throw new IllegalStateException("roll back");
        }));

        Window after = windows.find("A01").orElseThrow();
        assertEquals("综合受理", after.name());
        assertEquals(version, after.version());
        // the committed change that takes the rolled-back one's version number is the one read
        windows.update("A01", version, window("A01", "已提交的名称"));
        assertEquals("已提交的名称", windows.find("A01").orElseThrow().name());
    }

    @Test
    void anUnknownNumberIsEmptyAndTheCacheKeepsAtMostItsCapacity() {
        for (String n : List.of("A01", "A02", "A03")) {
            windows.create(window(n, "综合受理"));
        }
        RecordCache<String, Window> cache = new RecordCache<>(jpa,
                "SELECT VERSION FROM WINDOWS_REGISTRY WHERE WINDOW_NUMBER = ?", Window::version, 2);

        for (String n : List.of("A01", "A02", "A03", "A04")) {
            Optional<Window> w = cache.find(n, em -> new WindowStore(em).find(n).map(WindowEntity::toWindow));
            assertEquals(!n.equals("A04"), w.isPresent(), n);
        }

        assertEquals(2, cache.size());
        assertTrue(cache.find("A03", em -> Optional.empty()).isPresent(), "the last one read is kept");
    }
}
