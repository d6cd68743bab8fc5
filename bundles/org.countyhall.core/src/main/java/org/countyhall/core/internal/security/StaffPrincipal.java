package org.countyhall.core.internal.security;

/** The staff number a logged-in user maps to. */
public final class StaffPrincipal extends NamedPrincipal {

    private static final long serialVersionUID = 1L;

    public StaffPrincipal(String name) {
        super(name);
    }
}
