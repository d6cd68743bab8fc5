package org.countyhall.badges.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.countyhall.badges.api.BadgeOffice;
import org.countyhall.badges.api.CardQuery;
import org.countyhall.core.api.rest.PageRequest;

/** Completes card numbers: the newest cards' (a page), filtered by what is typed. */
@Service
public final class CardNumberCompleter implements Completer {

    @Reference
    private BadgeOffice badges;

    @Override
    public int complete(Session session, CommandLine line, List<String> candidates) {
        List<String> numbers = badges.cards(CardQuery.ALL, PageRequest.of(0, 500)).items().stream()
                .map(c -> c.number()).toList();
        return new StringsCompleter(numbers).complete(session, line, candidates);
    }
}
