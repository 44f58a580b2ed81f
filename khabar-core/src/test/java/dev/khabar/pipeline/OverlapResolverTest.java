package dev.khabar.pipeline;

import dev.khabar.CalendarSystem;
import dev.khabar.Count;
import dev.khabar.CountQualifier;
import dev.khabar.DateMention;
import dev.khabar.DurationMention;
import dev.khabar.Extraction;
import dev.khabar.Grain;
import dev.khabar.Hashtag;
import dev.khabar.Location;
import dev.khabar.Mention;
import dev.khabar.Organization;
import dev.khabar.Person;
import dev.khabar.Source;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OverlapResolverTest {

    private static Count count(int start, int end) {
        return new Count("c", start, end, BigDecimal.ONE, null, null, CountQualifier.EXACT, false, "t");
    }

    private static Organization org(int start, int end) {
        return new Organization("o", start, end, "o", Source.CRF);
    }

    @Test
    void aCountInsideAnOrganizationIsPartOfTheName() {
        Mentions m = new Mentions();
        m.organizations.add(org(0, 15)); // مجموعة العشرين
        m.counts.add(count(7, 15));
        Extraction e = OverlapResolver.resolve(m);
        assertEquals(List.of(org(0, 15)), e.organizations());
        assertEquals(List.of(), e.counts());
    }

    @Test
    void anOrganizationCuttingIntoACountIsDropped() {
        Mentions m = new Mentions();
        m.counts.add(count(10, 25)); // 27.6 مليار ريال
        m.organizations.add(org(21, 25)); // ريال
        m.organizations.add(org(30, 40));
        Extraction e = OverlapResolver.resolve(m);
        assertEquals(List.of(count(10, 25)), e.counts());
        assertEquals(List.of(org(30, 40)), e.organizations());
    }

    @Test
    void higherTypesWin() {
        Mentions m = new Mentions();
        m.hashtags.add(new Hashtag("#x", 0, 5, "x"));
        m.dates.add(new DateMention("d", 3, 9, "2026", Grain.YEAR, CalendarSystem.GREGORIAN, null, "t"));
        m.dates.add(new DateMention("d", 20, 24, "2025", Grain.YEAR, CalendarSystem.GREGORIAN, null, "t"));
        m.counts.add(count(20, 30));
        m.counts.add(count(40, 45));
        Extraction e = OverlapResolver.resolve(m);
        assertEquals(1, e.dates().size());
        assertEquals(20, e.dates().get(0).start());
        assertEquals(List.of(count(40, 45)), e.counts());
    }

    @Test
    void noMentionOfAnyTypeCrossesALineBreak() {
        Mentions m = new Mentions();
        m.organizations.add(new Organization("وزارة\nالصحة", 0, 11, "o", Source.CRF));
        m.persons.add(new Person("محمد\r\nعلي", 20, 29, "p", Source.CRF));
        m.locations.add(new Location("غزة\u2028رفح", 30, 37, "l", Source.CRF));
        m.dates.add(new DateMention("15\nمارس", 40, 47, "2026-03-15", Grain.DAY, CalendarSystem.GREGORIAN, null, "t"));
        m.durations.add(new DurationMention("3\u2029أشهر", 50, 56, "P3M", "t"));
        m.counts.add(new Count("3.9 مليار\nأعلنت", 60, 75, BigDecimal.ONE, null, null, CountQualifier.EXACT, false, "t"));
        m.hashtags.add(new Hashtag("#وسم\u0085", 80, 85, "وسم"));
        Extraction e = OverlapResolver.resolve(m);
        assertEquals(List.of(), e.all());
    }

    @Test
    void aMentionDroppedAtALineBreakBlocksNothing() {
        Mentions m = new Mentions();
        m.dates.add(new DateMention("2015\nمليار", 0, 10, "2015", Grain.YEAR, CalendarSystem.GREGORIAN, null, "t"));
        m.counts.add(count(5, 15));
        m.counts.add(count(20, 25));
        Extraction e = OverlapResolver.resolve(m);
        assertEquals(List.of(), e.dates());
        assertEquals(List.of(count(5, 15), count(20, 25)), e.counts());
        List<Mention> all = e.all();
        assertEquals(2, all.size());
    }
}
