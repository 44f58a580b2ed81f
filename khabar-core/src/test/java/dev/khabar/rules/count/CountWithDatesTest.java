package dev.khabar.rules.count;

import dev.khabar.Count;
import dev.khabar.Extraction;
import dev.khabar.Extractor;
import dev.khabar.Stage;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** With the dates stage before it, the count stage leaves the numbers of dates and durations alone. */
class CountWithDatesTest {
    private static final Extractor EXTRACTOR = Extractor.builder().stages(EnumSet.of(Stage.DATES, Stage.COUNTS)).build();

    private static List<String> counts(String text) {
        Extraction e = EXTRACTOR.extract(text, LocalDate.of(2026, 2, 7));
        return e.counts().stream().map(Count::text).toList();
    }

    @Test
    void numbersOfDatesAndDurationsGiveNoCountAndDoNotHideTheNextOne() {
        assertEquals(List.of("23.1 مليار ريال"), counts("ارتفعت الأرباح في النصف الأول من عام 2015 إلى 23.1 مليار ريال"));
        assertEquals(List.of("5 أشخاص"), counts("قتل خلال 28 شهرًا 5 أشخاص"));
        assertEquals(List.of("9350 أسيرًا"), counts("بلغ 9350 أسيرًا حتى مطلع يناير/كانون الثاني 2026"));
    }
}
