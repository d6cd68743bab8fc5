package org.countyhall.core.internal.security;

import java.io.Serializable;
import java.security.Principal;
import java.util.Objects;

/** A principal with equality by class and name, as JAAS subjects need. */
abstract class NamedPrincipal implements Principal, Serializable {

    private static final long serialVersionUID = 1L;

    private final String name;

    NamedPrincipal(String name) {
        this.name = name;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && ((NamedPrincipal) o).name.equals(name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(getClass().getName(), name);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + name + "]";
    }
}
