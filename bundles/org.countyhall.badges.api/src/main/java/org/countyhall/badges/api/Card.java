package org.countyhall.badges.api;

import java.time.Instant;

/**
 * One access card. {@code number} is printed on it (assigned at issuance, unique); {@code chipUid} the chip's
 * factory UID (hex, unique among cards that are not returned, damaged or revoked); {@code holder} the staff number,
 * {@code holderName} and {@code unit} (派驻单位) as the badge shows them; {@code issuance} counts the holder's cards
 * (1 = first); {@code replaces} the card this one replaced; {@code staffChecked} false when the staff directory was
 * not installed at issuance (holder, name, unit and building as the office stated them). {@code version} guards
 * every change.
 */
public record Card(String number, String chipUid, String holder, String holderName, String unit, CardState state,
        CardBasis basis, IssueReason reason, int issuance, String replaces, Instant issuedAt, Instant changedAt,
        boolean staffChecked, long version) {
}
