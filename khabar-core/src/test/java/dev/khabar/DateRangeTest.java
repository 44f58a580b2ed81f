package dev.khabar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The days each form of ISO value a date mention writes covers. */
class DateRangeTest {

    private static void covers(String iso, String first, String last) {
        DateRange r = DateRange.parse(iso);
        assertEquals(iso, r.iso());
        assertEquals(LocalDate.parse(first), r.start(), iso);
        assertEquals(LocalDate.parse(last), r.end(), iso);
    }

    @Test
    void everyGrain() {
        covers("2023-10-08", "2023-10-08", "2023-10-08");
        covers("2026-02-07T10:00", "2026-02-07", "2026-02-07");
        covers("2026-02-07T14:30Z", "2026-02-07", "2026-02-07");
        covers("2026-02-07T14:30:15+03:00", "2026-02-07", "2026-02-07");
        covers("2025-W11", "2025-03-10", "2025-03-16");
        covers("2026-W01", "2025-12-29", "2026-01-04"); // week 1 of 2026 starts in 2025
        covers("2024-02", "2024-02-01", "2024-02-29");
        covers("2025-Q3", "2025-07-01", "2025-09-30");
        covers("2026-H1", "2026-01-01", "2026-06-30");
        covers("2026-H2", "2026-07-01", "2026-12-31");
        covers("1967", "1967-01-01", "1967-12-31");
        covers("198", "1980-01-01", "1989-12-31");
        covers("19", "1900-01-01", "1999-12-31");
    }

    @Test
    void rangesRunFromTheFirstPointToTheLastDayOfTheSecond() {
        covers("2026-02-09/2026-02-12", "2026-02-09", "2026-02-12");
        covers("2020/2022", "2020-01-01", "2022-12-31");
        covers("2021/2025", "2021-01-01", "2025-12-31");
        assertTrue(DateRange.parse("2025-03").contains(LocalDate.of(2025, 3, 31)));
        assertTrue(!DateRange.parse("2025-03").contains(LocalDate.of(2025, 4, 1)));
    }

    @Test
    void whatIsNoValueIsRefused() {
        for (String bad : new String[] {"", "2023-13", "2023-02-30", "2025-Q5", "March", "2022/2020", "2025-W60"}) {
            assertThrows(IllegalArgumentException.class, () -> DateRange.parse(bad), bad);
        }
    }

    @Test
    void aMentionGivesTheRangeOfItsValue() {
        DateMention d = new DateMention("رمضان 1446هـ", 0, 12, "2025-03-01/2025-03-29", Grain.MONTH,
                CalendarSystem.HIJRI, null, "t");
        assertEquals(Optional.of(new DateRange("2025-03-01/2025-03-29", LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 3, 29))), d.range());
        assertEquals(Optional.empty(), new DateMention("أمس", 0, 3, null, Grain.DAY, CalendarSystem.GREGORIAN, null,
                "t").range());
    }
}
