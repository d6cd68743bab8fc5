package org.countyhall.core.internal.calendar;

import static org.countyhall.core.internal.calendar.TestCalendars.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.countyhall.core.api.calendar.DayKind;
import org.countyhall.core.api.calendar.SpecialDay;
import org.countyhall.core.internal.calendar.HolidayCsv.Result;
import org.countyhall.core.internal.calendar.HolidayCsv.RowError;
import org.junit.jupiter.api.Test;

class HolidayCsvTest {

    @Test
    void goodFileWithBomHeaderChineseKindsAndCrlf() {
        String csv = "\uFEFFdate,kind,name\r\n"
                + "2026-10-01,HOLIDAY,国庆节\r\n"
                + "2026-10-02,休,\r\n"
                + "\r\n"
                + "# the swapped Saturday\r\n"
                + "2026-10-10,班,国庆节调休\r\n"
                + "2026-10-03,holiday\r\n"
                + "2026-01-01,HOLIDAY,\"New Year, day 1\"\r\n";
        Result r = HolidayCsv.parse(csv, 2026);
        assertTrue(r.ok(), r.errors().toString());
        assertEquals(List.of(
                new SpecialDay(date("2026-10-01"), DayKind.HOLIDAY, "国庆节"),
                new SpecialDay(date("2026-10-02"), DayKind.HOLIDAY, ""),
                new SpecialDay(date("2026-10-10"), DayKind.WORKDAY, "国庆节调休"),
                new SpecialDay(date("2026-10-03"), DayKind.HOLIDAY, ""),
                new SpecialDay(date("2026-01-01"), DayKind.HOLIDAY, "New Year, day 1")), r.days());
    }

    @Test
    void headerIsOptional() {
        Result r = HolidayCsv.parse("2026-10-01,WORKDAY\n");
        assertTrue(r.ok());
        assertEquals(List.of(new SpecialDay(date("2026-10-01"), DayKind.WORKDAY, "")), r.days());
    }

    @Test
    void badRowsBecomeErrorsAndGoodRowsAreKept() {
        String csv = String.join("\n",
                "date,kind,name",                    // 1
                "2026-10-01,HOLIDAY,国庆节",           // 2 good
                "2026-13-01,HOLIDAY,bad month",       // 3
                "2026-10-02,VACATION,x",              // 4
                "2026-10-01,WORKDAY,dup",             // 5
                "2025-12-31,HOLIDAY,wrong year",      // 6
                "2026-10-03",                         // 7
                ",HOLIDAY",                           // 8
                "2026-10-04,HOLIDAY,a,b",             // 9
                "2026/10/05,休",                       // 10
                "xx,yy",                              // 11
                "2026-10-06,班,good too");              // 12 good
        Result r = HolidayCsv.parse(csv, 2026);
        assertFalse(r.ok());
        assertEquals(List.of(
                new SpecialDay(date("2026-10-01"), DayKind.HOLIDAY, "国庆节"),
                new SpecialDay(date("2026-10-06"), DayKind.WORKDAY, "good too")), r.days());
        assertEquals(List.of("3 date", "4 kind", "5 date", "6 date", "7 kind", "8 date", "9 row",
                "10 date", "11 date", "11 kind"), r.errors().stream().map(e -> e.row() + " " + e.field()).toList());
        assertEquals(new RowError(5, "date", "2026-10-01 is already given on row 2"), r.errors().get(2));
        assertEquals(new RowError(6, "date", "2025-12-31 is not in 2026"), r.errors().get(3));
        assertEquals(new RowError(4, "kind", "not HOLIDAY (休) or WORKDAY (班)"), r.errors().get(1));
    }

    @Test
    void withoutExpectedYearAnyYearIsAccepted() {
        Result r = HolidayCsv.parse("2025-12-31,HOLIDAY\n2027-01-01,HOLIDAY\n");
        assertTrue(r.ok());
        assertEquals(2, r.days().size());
    }

    @Test
    void emptyInputIsAnEmptyResult() {
        assertEquals(new Result(List.of(), List.of()), HolidayCsv.parse(""));
        assertEquals(new Result(List.of(), List.of()), HolidayCsv.parse(null));
        assertEquals(new Result(List.of(), List.of()), HolidayCsv.parse("\uFEFFdate,kind,name\n"));
    }

    @Test
    void parsedDaysBuildTheCalendar() {
        Result r = HolidayCsv.parse("date,kind,name\n2026-10-01,休,国庆节\n2026-10-10,班,调休\n", 2026);
        RuleCalendar hall = CalendarDefaults.hall(r.days());
        assertFalse(hall.isWorkingDay(date("2026-10-01")));
        assertTrue(hall.isWorkingDay(date("2026-10-10")));
    }
}
