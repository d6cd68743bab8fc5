package org.countyhall.core.api.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class FieldChecksTest {

    @Test
    void phonesAreMobilesOrLandlinesWithTheirAreaCodeAndLoseTheSpacesPeopleType() {
        for (String[] ok : new String[][] {{"13812345678", "13812345678"}, {"+86 138 1234 5678", "+8613812345678"},
            {"0571-88886666", "0571-88886666"}, {"010 12345678", "01012345678"}, {"0571-88886666-123", "0571-88886666-123"}}) {
            List<FieldError> errors = new ArrayList<>();
            assertEquals(ok[1], FieldChecks.phone(ok[0], "phone", errors));
            assertEquals(List.of(), errors, ok[0]);
        }
        for (String bad : new String[] {"12812345678", "1381234567", "138123456789", "88886666", "138****5678",
            "0571-88886666-1234567", "tel:13812345678"}) {
            List<FieldError> errors = new ArrayList<>();
            FieldChecks.phone(bad, "line[3].phone", errors);
            assertEquals(List.of(new FieldError("line[3].phone", FieldChecks.PHONE_RULE)), errors, bad);
        }
        List<FieldError> none = new ArrayList<>();
        assertNull(FieldChecks.phone("  ", "phone", none));
        assertEquals(List.of(), none);
    }
}
