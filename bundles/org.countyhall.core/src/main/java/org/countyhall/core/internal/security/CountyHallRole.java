package org.countyhall.core.internal.security;

/**
 * A CountyHall role in a JAAS subject. Console ACLs name it as
 * {@code org.countyhall.core.internal.security.CountyHallRole:office}; it never matches Karaf's own roles.
 */
public final class CountyHallRole extends NamedPrincipal {

    private static final long serialVersionUID = 1L;

    public CountyHallRole(String name) {
        super(name);
    }
}
