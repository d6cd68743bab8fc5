package org.countyhall.badges.api;

import java.time.LocalDate;

/**
 * Cash through the office's hands from {@code from} to {@code to} (inclusive, business days) for finance: deposits
 * and fees taken, refunds paid (a positive amount), each net of reversals booked in the period, and the net cash;
 * {@code lines} counts the lines included. Fines are deducted from salary and not cash: see the fines report.
 */
public record CashReport(LocalDate from, LocalDate to, long depositsFen, long feesFen, long refundsFen, long netFen,
        int lines) {
}
