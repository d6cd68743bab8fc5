package org.countyhall.windows.internal;

/** The registry's configuration as plain values, so that the use cases can be built and tested without OSGi. */
record WindowsSettings(int leaveMaxDaysWithoutSubstitute, int leaveMaxDays, int postingMaxAgeSeconds,
        int importMaxRows) {

    /** The defaults of {@link WindowsConfig}. */
    static final WindowsSettings DEFAULTS = new WindowsSettings(1, 366, 5, 2000);

    static WindowsSettings of(WindowsConfig c) {
        return new WindowsSettings(c.leave_maxDaysWithoutSubstitute(), c.leave_maxDays(), c.posting_maxAgeSeconds(),
                c.import_maxRows());
    }

    CoverageRules coverageRules() {
        return new CoverageRules(leaveMaxDaysWithoutSubstitute);
    }
}
