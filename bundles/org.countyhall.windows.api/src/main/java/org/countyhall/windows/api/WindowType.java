package org.countyhall.windows.api;

/** Window types (L507): business acceptance, consultation, complaint, and comprehensive (一窗受理, L213). */
public enum WindowType {
    ACCEPTANCE, CONSULTATION, COMPLAINT, COMPREHENSIVE
}
