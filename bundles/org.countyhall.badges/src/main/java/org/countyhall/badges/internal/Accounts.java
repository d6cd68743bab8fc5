package org.countyhall.badges.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.countyhall.badges.api.Account;
import org.countyhall.badges.api.AccountLine;
import org.countyhall.badges.api.CashReport;
import org.countyhall.badges.api.FineRow;
import org.countyhall.badges.api.LineKind;
import org.countyhall.badges.internal.store.BadgesStore;
import org.countyhall.badges.internal.store.LineEntity;
import org.countyhall.core.api.error.BusinessKeys;
import org.countyhall.core.api.error.ConflictException;
import org.countyhall.core.api.error.NotFoundException;
import org.countyhall.core.api.error.ValidationException;
import org.countyhall.core.api.rest.PageRequest;

/** The holders' card accounts: lines never edited, reversals, and the reports for salary deduction and finance. */
final class Accounts {

    /** The longest period of one cash report. */
    static final int MAX_REPORT_DAYS = 366;

    private final BadgesContext ctx;

    Accounts(BadgesContext ctx) {
        this.ctx = ctx;
    }

    Account account(String rawHolder, PageRequest page) {
        String holder = BusinessKeys.validStaffNumber(rawHolder);
        if (holder == null) {
            throw new NotFoundException("No card holder " + rawHolder);
        }
        return ctx.jpa().read(em -> {
            BadgesStore store = new BadgesStore(em);
            if (store.holder(holder).isEmpty()) {
                throw new NotFoundException("No card holder " + holder);
            }
            Map<LineKind, Long> t = store.totals(holder);
            long balance = t.values().stream().mapToLong(Long::longValue).sum();
            return new Account(holder, t.get(LineKind.DEPOSIT) + t.get(LineKind.REFUND), t.get(LineKind.FEE),
                    t.get(LineKind.FINE), balance, store.lines(holder, page));
        });
    }

    AccountLine reverse(long lineId, String rawReason) {
        String reason = CardRules.reason(rawReason, "reason");
        return ctx.jpa().write(em -> {
            BadgesStore store = new BadgesStore(em);
            LineEntity line = store.line(lineId).orElseThrow(() -> new NotFoundException("No account line " + lineId));
            store.lockHolder(line.holder());
            if (line.kind() == LineKind.REVERSAL) {
                throw new ConflictException("line-is-reversal", "Line " + lineId + " is a reversal: book the "
                        + "correction as a new line instead");
            }
            if (store.reversalOf(lineId).isPresent()) {
                throw new ConflictException("line-reversed", "Line " + lineId + " is already reversed");
            }
            LineEntity r = LineEntity.reversalOf(line, ctx.clock().instant(), ctx.today(), reason, ctx.by());
            // REVERSES is unique: a reversal of the same line committed a moment ago elsewhere is refused here
            ctx.book(em, r, () -> new ConflictException("line-reversed", "Line " + lineId + " is already reversed"));
            ctx.audit().record("badges.line.reverse", "card-line/" + lineId, line.kind().name());
            return r.toLine(null);
        });
    }

    List<FineRow> fines(YearMonth month, String unit) {
        if (month == null) {
            throw new ValidationException("month", "required: yyyy-MM");
        }
        String u = unit == null || unit.isBlank() ? null : unit.strip();
        return ctx.jpa().read(em -> {
            Map<String, FineRow> rows = new LinkedHashMap<>();
            for (Object[] r : new BadgesStore(em).fines(month.atDay(1), month.atEndOfMonth(), u)) {
                String holder = (String) r[0];
                boolean fine = r[3] == LineKind.FINE;
                long amount = ((Number) r[4]).longValue();
                int count = fine ? ((Number) r[5]).intValue() : 0;
                rows.merge(holder, new FineRow((String) r[2], holder, (String) r[1], count, amount), (a, b) ->
                        new FineRow(a.unit(), a.holder(), a.holderName(), a.fines() + b.fines(),
                                a.amountFen() + b.amountFen()));
            }
            return new ArrayList<>(rows.values());
        });
    }

    CashReport cash(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new ValidationException(from == null ? "from" : "to", "required");
        }
        if (to.isBefore(from)) {
            throw new ValidationException("to", "must not be before from");
        }
        if (from.plusDays(MAX_REPORT_DAYS).isBefore(to)) {
            throw new ValidationException("to", "at most " + MAX_REPORT_DAYS + " days after from");
        }
        return ctx.jpa().read(em -> {
            int[] count = {0};
            Map<LineKind, Long> t = new BadgesStore(em).cash(from, to, count);
            long deposits = t.get(LineKind.DEPOSIT);
            long fees = t.get(LineKind.FEE);
            long refunds = -t.get(LineKind.REFUND);
            return new CashReport(from, to, deposits, fees, refunds, deposits + fees - refunds, count[0]);
        });
    }
}
