package org.countyhall.windows.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Granted leave of a post holder, whole days {@code firstDay}..{@code lastDay} inclusive, with the substitute
 * (补岗) who covers their posts, if any. {@code substituteChecked} is false when the staff directory was absent.
 */
public record Leave(long id, String staffNumber, LocalDate firstDay, LocalDate lastDay, String substitute,
        boolean substituteChecked, String reason, Instant grantedAt) {

    /** True if the leave includes {@code day}. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }
}
