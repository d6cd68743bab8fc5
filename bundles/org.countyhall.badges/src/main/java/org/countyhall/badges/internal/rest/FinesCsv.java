package org.countyhall.badges.internal.rest;

import java.math.BigDecimal;
import java.util.List;

import org.countyhall.badges.api.FineRow;

/** The fines report as CSV for a unit's payroll: a BOM so that Excel reads UTF-8, yuan with two decimals. */
final class FinesCsv {

    private FinesCsv() {
    }

    static String write(List<FineRow> rows) {
        StringBuilder sb = new StringBuilder("\uFEFFunit,staffNumber,name,fines,amountYuan\r\n");
        for (FineRow r : rows) {
            sb.append(cell(r.unit())).append(',').append(cell(r.holder())).append(',').append(cell(r.holderName()))
                    .append(',').append(r.fines()).append(',')
                    .append(BigDecimal.valueOf(r.amountFen(), 2).toPlainString()).append("\r\n");
        }
        return sb.toString();
    }

    /** Quoted when needed; a leading = + - @ is defused so that a spreadsheet does not run it as a formula. */
    static String cell(String v) {
        if (v == null) {
            return "";
        }
        String s = !v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
        return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
                ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
