package dev.khabar.eval;

import dev.khabar.eval.ErrorCauses.Item;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The cause given to a miss or a false alarm, from the mentions around it. */
class ErrorCausesTest {
    private static final String TEXT = "وبرلين قالت وزارة الخارجية الفرنسية في 12 مارس";

    /** An item of {@code type} over the first occurrence of {@code part} in TEXT. */
    private static Item at(String type, String part, Object value) {
        int s = TEXT.indexOf(part);
        if (s < 0) {
            throw new IllegalArgumentException(part);
        }
        return new Item(type, s, s + part.length(), part, value);
    }

    private static Item org(String part) {
        return at("organizations", part, null);
    }

    private static String miss(Item gold, List<Item> unmatched, List<Item> matched, List<Item> others) {
        return ErrorCauses.ofMiss(gold, unmatched, matched, others).name();
    }

    private static String falseAlarm(Item found, List<Item> unmatched, List<Item> matched, List<Item> others) {
        return ErrorCauses.ofFalse(found, unmatched, matched, others).name();
    }

    @Test
    void boundaryErrorsOfNames() {
        Item gold = org("وزارة الخارجية");
        assertEquals(ErrorCauses.TOO_LONG, miss(gold, List.of(org("وزارة الخارجية الفرنسية")), List.of(), List.of()));
        assertEquals(ErrorCauses.TOO_SHORT, miss(gold, List.of(org("الخارجية")), List.of(), List.of()));
        assertEquals(ErrorCauses.SHIFTED, miss(gold, List.of(org("الخارجية الفرنسية")), List.of(), List.of()));
        // the same pair seen from the false alarm's side has the same cause
        assertEquals(ErrorCauses.TOO_LONG, falseAlarm(org("وزارة الخارجية الفرنسية"), List.of(gold), List.of(), List.of()));
    }

    @Test
    void aProcliticKeptIsNotJustALongerSpan() {
        Item gold = at("locations", "برلين", null);
        Item found = at("locations", "وبرلين", null);
        assertEquals(ErrorCauses.PROCLITIC_KEPT, miss(gold, List.of(found), List.of(), List.of()));
        assertEquals(ErrorCauses.PROCLITIC_KEPT, falseAlarm(found, List.of(gold), List.of(), List.of()));
        // a longer span that does not end with the gold is too long, whatever letter it starts with
        assertEquals(ErrorCauses.TOO_LONG,
                miss(gold, List.of(at("locations", "وبرلين قالت", null)), List.of(), List.of()));
    }

    @Test
    void wrongTypeNamesTheOtherType() {
        Item gold = org("وزارة الخارجية الفرنسية");
        assertEquals("wrong type (found as locations)",
                miss(gold, List.of(), List.of(), List.of(at("locations", "وزارة الخارجية الفرنسية", null))));
        assertEquals("wrong type (gold is organizations)",
                falseAlarm(at("persons", "وزارة الخارجية", null), List.of(), List.of(), List.of(gold)));
        assertEquals("crosses persons",
                miss(org("قالت وزارة"), List.of(), List.of(), List.of(at("persons", "وزارة الخارجية", null))));
        // a mention of the gold's own type, even a poor one, explains the miss before another type does
        assertEquals(ErrorCauses.TOO_SHORT, miss(gold, List.of(org("الخارجية")), List.of(),
                List.of(at("locations", "وزارة الخارجية الفرنسية", null))));
    }

    @Test
    void nothingAroundMeansMissedOrSpurious() {
        ErrorCauses.Cause c = ErrorCauses.ofMiss(org("وزارة الخارجية"), List.of(), List.of(), List.of());
        assertEquals(ErrorCauses.MISSED_ENTIRELY, c.name());
        assertNull(c.counterpart());
        assertEquals(ErrorCauses.SPURIOUS, falseAlarm(org("قالت"), List.of(), List.of(), List.of()));
        assertEquals(ErrorCauses.MISSED, miss(at("dates", "12 مارس", "2026-03-12"), List.of(), List.of(), List.of()));
        // an unrelated mention elsewhere explains nothing
        assertEquals(ErrorCauses.SPURIOUS, falseAlarm(org("قالت"), List.of(org("وزارة الخارجية")), List.of(), List.of()));
    }

    @Test
    void matchedNeighboursExplainMergesAndDuplicates() {
        Item whole = org("وزارة الخارجية الفرنسية");
        assertEquals(ErrorCauses.MERGED, miss(org("الفرنسية"), List.of(), List.of(whole), List.of()));
        assertEquals(ErrorCauses.DUPLICATE, falseAlarm(org("الخارجية"), List.of(), List.of(whole), List.of()));
    }

    @Test
    void valuedMentionsSeparateValueFromSpan() {
        Item gold = at("dates", "12 مارس", "2026-03-12");
        Item sameSpan = at("dates", "12 مارس", "2025-03-12");
        Item longer = at("dates", "في 12 مارس", "2025-03-12");
        ErrorCauses.Cause c = ErrorCauses.ofMiss(gold, List.of(sameSpan), List.of(), List.of());
        assertEquals(ErrorCauses.WRONG_VALUE, c.name());
        assertSame(sameSpan, c.counterpart());
        assertEquals(ErrorCauses.SPAN_AND_VALUE, miss(gold, List.of(longer), List.of(), List.of()));
        assertEquals(ErrorCauses.WRONG_VALUE, falseAlarm(sameSpan, List.of(gold), List.of(), List.of()));
        assertEquals("wrong type (found as counts)",
                miss(gold, List.of(), List.of(), List.of(at("counts", "12 مارس", 12))));
    }

    @Test
    void theSameFamilyIsPreferredAmongOtherTypes() {
        // a date missed where a count and an organization both overlap it: the count (a value) explains it
        Item gold = at("dates", "12 مارس", "2026-03-12");
        assertEquals("wrong type (found as counts)", miss(gold, List.of(), List.of(),
                List.of(at("organizations", "الفرنسية في 12 مارس", null), at("counts", "12", 12))));
    }
}
