package org.countyhall.badges.api;

import org.countyhall.core.api.rest.Page;

/**
 * A holder's card account: the deposit the centre holds for them, the fees paid, the fines (each net of
 * reversals), the balance (the sum of every line: what the holder has paid or owes) and a page of the lines, newest
 * first. The four totals always equal the sums of the lines.
 */
public record Account(String holder, long depositHeldFen, long feesFen, long finesFen, long balanceFen,
        Page<AccountLine> lines) {
}
