package org.countyhall.windows.api;

/** Open and paused windows must be staffed during working hours; a closed window is out of service. */
public enum WindowState {
    OPEN, PAUSED, CLOSED
}
