package org.countyhall.badges.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.countyhall.badges.api.BadgeOffice;
import org.countyhall.badges.api.Finding;
import org.countyhall.badges.api.FindingInput;
import org.countyhall.badges.api.FindingKind;
import org.countyhall.core.api.rest.Params;

/** {@code badges:finding}: record what a check found (L569, L563, L581). */
@Service
@Command(scope = "badges", name = "finding", description = "Record a finding: CARD_FOUND or LENDING (--card), CARD_MISSING or NOT_WORN (--holder)")
public final class BadgesFinding implements Action {

    @Reference
    private BadgeOffice badges;

    @Argument(index = 0, name = "kind", required = true, description = "CARD_FOUND, CARD_MISSING, NOT_WORN or LENDING")
    private FindingKind kind;

    @Option(name = "--card", description = "The card's number or chip UID")
    @Completion(CardNumberCompleter.class)
    private String card;

    @Option(name = "--holder", description = "The holder's staff number")
    private String holder;

    @Option(name = "--at", description = "When, ISO-8601 with offset (default now)")
    private String at;

    @Option(name = "--note", description = "What was seen")
    private String note;

    @Override
    public Object execute() {
        Finding f = badges.record(new FindingInput(kind, card, holder, Params.optionalInstant("--at", at), note));
        System.out.println("Finding " + f.id() + ": " + f.kind() + " of " + f.holder() + " (card " + f.cardNumber()
                + ")" + (f.lossReported() == null ? "" : f.lossReported() ? ", loss reported before"
                        : ", loss NOT reported before: the daily check will count it"));
        return null;
    }
}
