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
        Mentions.Builder m = new Mentions.Builder();
        m.add(org(0, 15)); // مجموعة العشرين
        m.add(count(7, 15));
        Extraction e = OverlapResolver.resolve(m.build());
        assertEquals(List.of(org(0, 15)), e.organizations());
        assertEquals(List.of(), e.counts());
    }

    @Test
    void anOrganizationCuttingIntoACountIsDropped() {
        Mentions.Builder m = new Mentions.Builder();
        m.add(count(10, 25)); // 27.6 مليار ريال
        m.add(org(21, 25)); // ريال
        m.add(org(30, 40));
        Extraction e = OverlapResolver.resolve(m.build());
        assertEquals(List.of(count(10, 25)), e.counts());
        assertEquals(List.of(org(30, 40)), e.organizations());
    }

    @Test
    void higherTypesWin() {
        Mentions.Builder m = new Mentions.Builder();
        m.add(new Hashtag("#x", 0, 5, "x"));
        m.add(new DateMention("d", 3, 9, "2026", Grain.YEAR, CalendarSystem.GREGORIAN, null, "t"));
        m.add(new DateMention("d", 20, 24, "2025", Grain.YEAR, CalendarSystem.GREGORIAN, null, "t"));
        m.add(count(20, 30));
        m.add(count(40, 45));
        Extraction e = OverlapResolver.resolve(m.build());
        assertEquals(1, e.dates().size());
        assertEquals(20, e.dates().get(0).start());
        assertEquals(List.of(count(40, 45)), e.counts());
    }

    @Test
    void noMentionOfAnyTypeCrossesALineBreak() {
        Mentions.Builder m = new Mentions.Builder();
        m.add(new Organization("وزارة\nالصحة", 0, 11, "o", Source.CRF));
        m.add(new Person("محمد\r\nعلي", 20, 29, "p", Source.CRF));
        m.add(new Location("غزة\u2028رفح", 30, 37, "l", Source.CRF));
        m.add(new DateMention("15\nمارس", 40, 47, "2026-03-15", Grain.DAY, CalendarSystem.GREGORIAN, null, "t"));
        m.add(new DurationMention("3\u2029أشهر", 50, 56, "P3M", "t"));
        m.add(new Count("3.9 مليار\nأعلنت", 60, 75, BigDecimal.ONE, null, null, CountQualifier.EXACT, false, "t"));
        m.add(new Hashtag("#وسم\u0085", 80, 85, "وسم"));
        Extraction e = OverlapResolver.resolve(m.build());
        assertEquals(List.of(), e.all());
    }

    @Test
    void aMentionDroppedAtALineBreakBlocksNothing() {
        Mentions.Builder m = new Mentions.Builder();
        m.add(new DateMention("2015\nمليار", 0, 10, "2015", Grain.YEAR, CalendarSystem.GREGORIAN, null, "t"));
        m.add(count(5, 15));
        m.add(count(20, 25));
        Extraction e = OverlapResolver.resolve(m.build());
        assertEquals(List.of(), e.dates());
        assertEquals(List.of(count(5, 15), count(20, 25)), e.counts());
        List<Mention> all = e.all();
        assertEquals(2, all.size());
    }
}
