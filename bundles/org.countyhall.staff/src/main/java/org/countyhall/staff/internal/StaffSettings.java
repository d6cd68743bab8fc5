package org.countyhall.staff.internal;

/** The directory's configuration as plain values, so that the use cases can be built and tested without OSGi. */
record StaffSettings(int photoMaxBytes, int importMaxRows) {

    /** The defaults of {@link StaffConfig}. */
    static final StaffSettings DEFAULTS = new StaffSettings(512 * 1024, 5000);

    static StaffSettings of(StaffConfig c) {
        return new StaffSettings(c.photo_maxBytes(), c.import_maxRows());
    }
}
