package dev.khabar.pipeline;

import dev.khabar.Count;
import dev.khabar.DateMention;
import dev.khabar.Extraction;
import dev.khabar.Hashtag;
import dev.khabar.Organization;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OverlapResolverTest {

    private static Count count(int start, int end) {
        return new Count("c", start, end, BigDecimal.ONE, null, "exact", false, "t");
    }

    private static Organization org(int start, int end) {
        return new Organization("o", start, end, "o", "crf");
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
        m.dates.add(new DateMention("d", 3, 9, "2026", "year", "gregorian", null, "t"));
        m.dates.add(new DateMention("d", 20, 24, "2025", "year", "gregorian", null, "t"));
        m.counts.add(count(20, 30));
        m.counts.add(count(40, 45));
        Extraction e = OverlapResolver.resolve(m);
        assertEquals(1, e.dates().size());
        assertEquals(20, e.dates().get(0).start());
        assertEquals(List.of(count(40, 45)), e.counts());
    }
}
