package dev.khabar.rules.count;

import dev.khabar.Count;
import dev.khabar.Extraction;
import dev.khabar.Extractor;
import dev.khabar.Stage;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The count stage on texts built from the pieces it reacts to: it never throws and its spans hold. */
class CountRobustnessTest {
    private static final Extractor EXTRACTOR = Extractor.builder().stages(EnumSet.of(Stage.COUNTS)).build();
    private static final String[] PIECES = {"1", "25", "9,350", "٣٫٥", "0", ".", ",", "-", "/", ":", "%", "٪", "$", "€",
        " ", " ", " ", "و", "ب", "ل", "ثلاثة", "عشر", "عشرة", "مئة", "ألف", "آلاف", "ألفا", "مليون", "نصف", "ونصف",
        "فاصلة", "سالب", "أحد", "اثنا", "دولار", "دولارًا", "جنيه", "مصري", "سنت", "أسيرًا", "شخصين", "عشرات", "الشهداء",
        "من", "بين", "إلى", "نحو", "أكثر", "على", "الأقل", "في", "المائة", "حالة", "اعتقال", "طفلًا", "فلسطينيًا",
        "المادة", "عام", "شهرًا", "ـ", "\u064B", "\u200F", "ج.م", "KWD", "الخامسة", "واحد", "ة", "ات", "ين"};

    private static String randomText(Random random) {
        StringBuilder s = new StringBuilder();
        int n = 1 + random.nextInt(25);
        for (int k = 0; k < n; k++) {
            s.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return s.toString();
    }

    @Test
    void neverThrowsAndSpansHoldOnTenThousandTexts() {
        Random random = new Random(4);
        List<String> problems = new ArrayList<>();
        int counts = 0;
        for (int i = 0; i < 10_000; i++) {
            String text = randomText(random);
            Extraction e;
            try {
                e = EXTRACTOR.extract(text);
            } catch (RuntimeException ex) {
                problems.add(text + " → " + ex);
                continue;
            }
            for (Count c : e.counts()) {
                counts++;
                if (c.start() < 0 || c.end() > text.length() || c.start() >= c.end()
                        || !text.substring(c.start(), c.end()).equals(c.text())
                        || (c.value() == null) != c.vague()) {
                    problems.add(text + " → " + c);
                }
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems, first: " + problems.stream().limit(5).toList());
        assertTrue(counts > 1000, "the texts should give counts to check, got " + counts);
    }

    @Test
    void oneExtractorSharedByThreadsGivesTheSerialResults() throws Exception {
        Random random = new Random(5);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            texts.add(randomText(random));
        }
        List<List<Count>> serial = texts.stream().map(t -> EXTRACTOR.extract(t).counts()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Count>>> futures = new ArrayList<>();
            for (String t : texts) {
                futures.add(pool.submit(() -> EXTRACTOR.extract(t).counts()));
            }
            for (int i = 0; i < texts.size(); i++) {
                assertEquals(serial.get(i), futures.get(i).get(), texts.get(i));
            }
        } finally {
            pool.shutdown();
        }
    }
}
