package org.countyhall.core.api.calendar;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Service giving the named working calendars; the hall's is the default every time limit uses. */
@ProviderType
public interface WorkingCalendars {

    /** Name of the hall's calendar, always present. */
    String HALL = "hall";

    /** The hall's calendar. */
    WorkingCalendar hall();

    /** The calendar of that name, if configured. */
    Optional<WorkingCalendar> find(String name);

    /** Names of all configured calendars, the hall's included. */
    List<String> names();
}
