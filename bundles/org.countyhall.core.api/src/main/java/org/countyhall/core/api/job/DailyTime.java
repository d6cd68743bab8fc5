package org.countyhall.core.api.job;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

/**
 * The time of day a daily job runs, as a county configures it ({@code HH:mm} in the centre's zone), and its Quartz
 * cron expression: what every domain's daily job (windows' coverage check, badges' card check) needs.
 */
public final class DailyTime {

    private DailyTime() {
    }

    /**
     * The configured time, or {@code fallback} when it is not {@code HH:mm}: {@code error} then receives a message
     * naming the value and the time used (the job still runs; the caller logs it with its key and PID).
     */
    public static LocalTime parse(String configured, LocalTime fallback, Consumer<String> error) {
        try {
            return LocalTime.parse(configured.strip(), DateTimeFormatter.ofPattern("HH:mm"));
        } catch (RuntimeException e) {
            error.accept("'" + configured + "' is not a time HH:mm; the job runs at " + fallback);
            return fallback;
        }
    }

    /** The Quartz cron expression of every day at {@code at}. */
    public static String cron(LocalTime at) {
        return "0 " + at.getMinute() + " " + at.getHour() + " * * ?";
    }
}
