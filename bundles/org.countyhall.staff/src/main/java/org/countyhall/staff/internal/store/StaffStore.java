package org.countyhall.staff.internal.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.countyhall.core.api.rest.Page;
import org.countyhall.core.api.rest.PageRequest;
import org.countyhall.core.jpa.KeyedPage;
import org.countyhall.staff.api.StaffMember;
import org.countyhall.staff.api.StaffQuery;

/** The staff tables seen through one EntityManager (one transaction, or one read). */
public final class StaffStore {

    private final EntityManager em;

    public StaffStore(EntityManager em) {
        this.em = em;
    }

    public Optional<StaffEntity> find(String number) {
        return Optional.ofNullable(em.find(StaffEntity.class, number));
    }

    public void add(StaffEntity staff) {
        em.persist(staff);
    }

    /** Writes pending changes now, so a duplicate key or stale version fails inside the caller's code. */
    public void flush() {
        em.flush();
    }

    public Optional<PhotoEntity> photo(String number) {
        return Optional.ofNullable(em.find(PhotoEntity.class, number));
    }

    /** Stores a new photo and sets its owner's photo flag, in the caller's transaction. */
    public void addPhoto(PhotoEntity photo) {
        em.persist(photo);
        find(photo.staffNumber()).ifPresent(member -> member.photo(true));
    }

    /** Removes a photo and clears its owner's photo flag, in the caller's transaction. */
    public void removePhoto(PhotoEntity photo) {
        em.remove(photo);
        find(photo.staffNumber()).ifPresent(member -> member.photo(false));
    }

    public boolean hasPhoto(String number) {
        return find(number).map(StaffEntity::hasPhoto).orElse(false);
    }

    /** The DTO of one entity. */
    public StaffMember member(StaffEntity e) {
        return e.toMember();
    }

    /** One page of matches ordered by number. */
    public Page<StaffMember> search(StaffQuery q, PageRequest page) {
        StringBuilder where = new StringBuilder();
        Map<String, Object> params = new LinkedHashMap<>();
        if (q.text() != null && !q.text().isBlank()) {
            String t = q.text().strip();
            where.append(" AND (UPPER(s.number) LIKE :prefix ESCAPE '\\' OR LOWER(s.name) LIKE :part ESCAPE '\\')");
            params.put("prefix", escapeLike(t.toUpperCase(Locale.ROOT)) + "%");
            params.put("part", "%" + escapeLike(t.toLowerCase(Locale.ROOT)) + "%");
        }
        if (q.department() != null && !q.department().isBlank()) {
            where.append(" AND s.department = :department");
            params.put("department", q.department().strip());
        }
        if (q.building() != null) {
            where.append(" AND s.building = :building");
            params.put("building", q.building());
        }
        if (q.state() != null) {
            where.append(" AND s.state = :state");
            params.put("state", q.state());
        }
        if (q.qualification() != null && !q.qualification().isBlank()) {
            where.append(" AND :qualification MEMBER OF s.qualifications");
            params.put("qualification", q.qualification().strip());
        }
        String filter = where.length() == 0 ? "" : " WHERE" + where.substring(4);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(s) FROM StaffEntity s" + filter, Long.class);
        TypedQuery<String> keys = em.createQuery("SELECT s.number FROM StaffEntity s" + filter + " ORDER BY s.number",
                String.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            keys.setParameter(k, v);
        });
        long total = count.getSingleResult();
        List<StaffEntity> found = total == 0 ? List.of() : KeyedPage.rows(keys, page, numbers -> em.createQuery(
                "SELECT s FROM StaffEntity s WHERE s.number IN :numbers ORDER BY s.number", StaffEntity.class)
                .setParameter("numbers", numbers).getResultList());
        return new Page<>(found.stream().map(StaffEntity::toMember).toList(), page.offset(), page.limit(), total);
    }

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
