package org.countyhall.windows.api;

/** The posts of a window: director and deputy (L773), A (primary) and B (backup) staff (A、B角, L837). */
public enum Post {
    DIRECTOR, DEPUTY, A, B
}
