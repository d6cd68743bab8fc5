package org.countyhall.badges.api.spi;

import java.util.List;

import org.countyhall.badges.api.IssueReason;

/**
 * What a fee decision knows: the holder, why this card is issued, its place in the holder's history
 * ({@code issuance}, 1 = first card), the reasons of the earlier cards (oldest first) and the deposit the centre
 * holds for the holder now, in fen.
 */
public record FeeRequest(String staffNumber, IssueReason reason, int issuance, List<IssueReason> history,
        long depositHeldFen) {

    public FeeRequest {
        history = List.copyOf(history);
    }
}
