package dev.khabar.ner;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConjunctionBoundaryTest {
    private final ConjunctionBoundary boundary = ConjunctionBoundary.fromGazetteers();

    @Test
    void aWordWithTheConjunctionStartsTheNextPlaceOrPerson() {
        assertTrue(boundary.begins("LOC", "وسوريا"));        // الأردن وسوريا
        assertTrue(boundary.begins("PERS", "وحسن"));        // طارق السعيد وحسن مصطفى
    }

    @Test
    void aListedWawNameIsStillTwoNamesWhenTheRestIsListedToo() {
        assertTrue(boundary.begins("LOC", "وجده"));         // الرياض وجدة: Jeddah, not Oujda
    }

    @Test
    void listedNamesThatBeginWithWawAndOrganizationsStayWhole() {
        assertFalse(boundary.begins("LOC", "وهران"));
        assertFalse(boundary.begins("PERS", "وليد"));       // محمد وليد
        assertFalse(boundary.begins("ORG", "وتقنيه"));      // وزارة الاتصالات وتقنية المعلومات
        assertFalse(boundary.begins("LOC", "بسوريا"));
        assertFalse(boundary.begins("LOC", "واد"));         // too short to carry a proclitic and a name
    }
}
