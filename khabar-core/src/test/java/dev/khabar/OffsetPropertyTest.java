package dev.khabar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Offsets hold for any string, and one extractor shared by threads gives the serial results. */
class OffsetPropertyTest {
    private static final Extractor EXTRACTOR = Extractor.builder().build();
    private static final LocalDate DATE = LocalDate.of(2026, 2, 7);

    @Test
    void offsetsHoldOnTenThousandRandomStrings() {
        Random random = new Random(20260207);
        List<String> violations = new ArrayList<>();
        int mentions = 0;
        for (int i = 0; i < 10_000; i++) {
            String text = RandomText.next(random, 60);
            Extraction e = EXTRACTOR.extract(text, i % 2 == 0 ? DATE : null);
            for (Mention m : e.all()) {
                mentions++;
                String problem = check(text, m);
                if (problem != null) {
                    violations.add(problem + " in " + escape(text) + ": " + m);
                }
            }
        }
        assertTrue(violations.isEmpty(), violations.size() + " violations, first: " + violations.stream().limit(5).toList());
        assertTrue(mentions > 1000, "the random texts should produce mentions to check, got " + mentions);
    }

    static String check(String text, Mention m) {
        if (m.start() < 0 || m.end() > text.length() || m.start() >= m.end()) {
            return "bad span [" + m.start() + "," + m.end() + ")";
        }
        if (!text.substring(m.start(), m.end()).equals(m.text())) {
            return "text differs from substring";
        }
        if (Character.isLowSurrogate(text.charAt(m.start())) && m.start() > 0
                && Character.isHighSurrogate(text.charAt(m.start() - 1))) {
            return "starts inside a surrogate pair";
        }
        if (m.end() < text.length() && Character.isLowSurrogate(text.charAt(m.end()))
                && Character.isHighSurrogate(text.charAt(m.end() - 1))) {
            return "ends inside a surrogate pair";
        }
        return null;
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(c -> sb.append(c < 128 && c >= 32 ? String.valueOf((char) c) : String.format("\\u%04X", c)));
        return sb.toString();
    }

    @Test
    void fourThreadsGiveTheSerialResults() throws Exception {
        Random random = new Random(7);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            texts.add(RandomText.next(random, 80));
        }
        List<Extraction> serial = texts.stream().map(t -> EXTRACTOR.extract(t, DATE)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Extraction>> futures = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                futures.clear();
                for (String t : texts) {
                    futures.add(pool.submit(() -> EXTRACTOR.extract(t, DATE)));
                }
                for (int i = 0; i < texts.size(); i++) {
                    assertEquals(serial.get(i), futures.get(i).get(), "text " + i);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void nullIsAnApiErrorAndTooLongIsAClearError() {
        assertThrows(NullPointerException.class, () -> EXTRACTOR.extract(null));
        Extractor small = Extractor.builder().maxLength(10).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> small.extract("x".repeat(11)));
        assertTrue(e.getMessage().contains("maximum"), e.getMessage());
        assertEquals(Extraction.empty(), small.extract(""));
    }

    @Test
    void strangeInputsReturnResults() {
        for (String s : List.of("", " ", "\u0000\u0001", "\uD800", "\uDFFF\uD800", "#", "##", "#_", "٫٫٫", "ـــ",
                "\u064B\u064B", "#".repeat(5000), "9".repeat(5000), "ـ".repeat(5000), "ب".repeat(5000))) {
            Extraction e = EXTRACTOR.extract(s, DATE);
            for (Mention m : e.all()) {
                assertEquals(null, check(s, m));
            }
        }
    }
}
