/** Working calendar: sessions, holidays and swapped working days, working-day and working-time arithmetic. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.countyhall.core.api.calendar;
