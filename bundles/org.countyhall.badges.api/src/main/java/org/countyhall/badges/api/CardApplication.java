package org.countyhall.badges.api;

import java.time.Instant;

/**
 * An application by a department head (部门负责人) naming a person who does not work in the main building (L556):
 * {@code applicant} their staff number, {@code applicantName}, {@code unit}, {@code reason}; who submitted it and
 * when; the office's decision (who, when, the reason of a rejection); the card it was used for.
 */
public record CardApplication(long id, String applicant, String applicantName, String unit, String reason,
        ApplicationState state, String submittedBy, Instant submittedAt, String decidedBy, Instant decidedAt,
        String decision, String cardNumber, long version) {
}
