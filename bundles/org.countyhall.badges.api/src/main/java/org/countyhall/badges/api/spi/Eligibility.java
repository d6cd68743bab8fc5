package org.countyhall.badges.api.spi;

import org.countyhall.badges.api.CardBasis;

/** An eligibility decision: the basis of the card if eligible, else null and the reason, in words for the office. */
public record Eligibility(CardBasis basis, String refusal) {

    public static Eligibility eligible(CardBasis basis) {
        return new Eligibility(basis, null);
    }

    public static Eligibility refused(String reason) {
        return new Eligibility(null, reason);
    }

    public boolean eligible() {
        return basis != null;
    }
}
