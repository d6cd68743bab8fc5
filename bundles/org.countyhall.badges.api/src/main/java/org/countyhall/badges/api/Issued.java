package org.countyhall.badges.api;

import java.util.List;

/**
 * What an issuance did: the card, the deposit taken and the fee (工本费) charged, in fen, the fee rule applied (in
 * words), and notes (e.g. that the staff directory was not consulted).
 */
public record Issued(Card card, long depositFen, long feeFen, String feeRule, List<String> notes) {

    public Issued {
        notes = List.copyOf(notes);
    }
}
