package org.countyhall.staff.api;

import java.util.Locale;
import java.util.Optional;

/**
 * What a person does at the centre (domain §3 "roles"; the comprehensive-window rules: 窗口管理人员 organise and
 * coordinate the windows' work, 窗口工作人员 serve at them). Not a login role: who may do what in CountyHall is
 * core's user directory. A person may have several, or none yet.
 */
public enum StaffRole {
    /** 窗口工作人员: serves citizens at a window (A/B posts, leave rules). */
    WINDOW_STAFF("窗口工作人员"),
    /** 窗口管理人员: organises and coordinates the windows' work (window director or deputy, L773). */
    WINDOW_MANAGER("窗口管理人员"),
    /** 部门负责人: heads a department; applies for cards of their staff who work elsewhere (§4). */
    DEPT_HEAD("部门负责人"),
    /** 管理办公室: the centre's office (registry, badges, deposits, complaints, appraisal). */
    OFFICE("管理办公室"),
    /** 后勤保障: logistics and support staff (cards only on their department head's application, §4). */
    SUPPORT("后勤保障");

    private final String label;

    StaffRole(String label) {
        this.label = label;
    }

    /** The Chinese name the office uses, e.g. 窗口工作人员. */
    public String label() {
        return label;
    }

    /** The role named by its constant (any case) or its Chinese name; empty for anything else. */
    public static Optional<StaffRole> parse(String text) {
        String t = text == null ? "" : text.strip();
        for (StaffRole r : values()) {
            if (r.name().equals(t.toUpperCase(Locale.ROOT).replace('-', '_')) || r.label.equals(t)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
