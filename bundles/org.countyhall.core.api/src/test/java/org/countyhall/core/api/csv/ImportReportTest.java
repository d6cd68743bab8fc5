package org.countyhall.core.api.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.countyhall.core.api.error.FieldError;
import org.junit.jupiter.api.Test;

class ImportReportTest {

    private static final List<FieldError> TWO = List.of(new FieldError("line[3].department", "required"),
            new FieldError("line[7].number", "window 01 also on line 2"));

    @Test
    void aDryRunWithProblemsListsThemThenTheCountsThenTheNotes() {
        ImportReport r = new ImportReport(true, "GBK", 12, 0, 0, TWO, List.of("staff numbers not checked"));
        assertEquals(List.of("line[3].department: required", "line[7].number: window 01 also on line 2",
                "Cannot import 12 rows (GBK): 0 new, 0 changed, 2 problem(s)", "staff numbers not checked"),
                r.summary());
    }

    @Test
    void anImportSaysWhatItDid() {
        assertEquals(List.of("Imported 12 rows (UTF-8): 9 new, 3 changed"),
                new ImportReport(false, "UTF-8", 12, 9, 3, List.of(), List.of()).summary());
        assertEquals(List.of("Would import 12 rows (UTF-8): 9 new, 3 changed"),
                new ImportReport(true, "UTF-8", 12, 9, 3, List.of(), List.of()).summary());
    }

    @Test
    void aRefusedImportListsEveryProblemAndSaysNothingWasImported() {
        assertEquals(List.of("line[3].department: required", "line[7].number: window 01 also on line 2",
                "Nothing imported: 2 problem(s)"), ImportReport.refusal(TWO));
    }
}
