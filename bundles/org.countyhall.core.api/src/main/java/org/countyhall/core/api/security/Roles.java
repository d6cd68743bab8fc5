package org.countyhall.core.api.security;

import java.util.Set;

/** The CountyHall role names (not Karaf's own roles). */
public final class Roles {
    /** The system administrator (系统管理员); also users and audit unless separation of duties is on. */
    public static final String ADMIN = "admin";
    /** The security administrator (安全管理员): users and roles. */
    public static final String SECURITY_ADMIN = "security-admin";
    /** The audit administrator (审计管理员): reads the audit, nothing else of the administration. */
    public static final String AUDIT_ADMIN = "audit-admin";
    public static final String OFFICE = "office";
    public static final String WINDOW = "window";
    public static final String FINANCE = "finance";
    public static final String FINANCE_MANAGER = "finance-manager";
    public static final String SALES_MANAGER = "sales-manager";
    public static final String DEPT_HEAD = "dept-head";
    public static final String SUPERVISOR = "supervisor";
    public static final String DOOR = "door";

    /** Roles of device accounts (door controllers): not persons, no console, no {@code AnySignedIn} endpoint. */
    public static final Set<String> DEVICES = Set.of(DOOR);

    /** Every role a user may be given. */
    public static final Set<String> ALL = Set.of(ADMIN, SECURITY_ADMIN, AUDIT_ADMIN, OFFICE, WINDOW, FINANCE, FINANCE_MANAGER, SALES_MANAGER,
            DEPT_HEAD, SUPERVISOR, DOOR);

    private Roles() {
    }
}
