package org.countyhall.core.api.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PrivacyTest {

    @Test
    void masksIdNumberKeepingRegionAndLastFour() {
        assertEquals("330***********1234", Privacy.maskIdNumber("330102199001011234"));
        assertEquals("110***********123X", Privacy.maskIdNumber("11010519491231123X"));
        assertEquals("****", Privacy.maskIdNumber("1234"));
    }

    @Test
    void masksPhoneKeepingPrefixAndLastFour() {
        assertEquals("138****5678", Privacy.maskPhone("13812345678"));
        assertEquals("057*****6666", Privacy.maskPhone("057188886666"));
    }

    @Test
    void scrubsEveryPersonalNumberFromFreeText() {
        String error = "duplicate key (ID_NUMBER)=(330102199001011234) phone 13812345678, tel 0571-88886666";
        assertEquals("duplicate key (ID_NUMBER)=([id]) phone [phone], tel [phone]", Privacy.scrub(error));
    }

    @Test
    void leavesOrdinaryNumbersAlone() {
        assertEquals("window 12 ticket A0031 seq 123456789012345678901",
                Privacy.scrub("window 12 ticket A0031 seq 123456789012345678901"));
    }
}
