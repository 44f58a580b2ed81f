package dev.khabar;

import dev.khabar.pipeline.StepTimes;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The builder's step listener hears every step of every extraction, in order, on the extracting thread. */
class StepListenerTest {
    private static final String TEXT = "قال مكتب إعلام الأسرى اليوم إن 9350 أسيرًا يقبعون في السجون #الحرية";

    @Test
    void everyStepInPipelineOrderThenTheWork() {
        List<String> steps = new ArrayList<>();
        AtomicLong work = new AtomicLong(-1);
        StepListener listener = new StepListener() {
            @Override
            public void stepDone(String step, long nanos) {
                assertTrue(nanos >= 0, step);
                steps.add(step);
            }

            @Override
            public void documentDone(long workUnits) {
                work.set(workUnits);
            }
        };
        Extractor extractor = Extractor.builder().stages(EnumSet.of(Stage.HASHTAGS, Stage.COUNTS))
                .stepListener(listener).build();
        Extraction x = extractor.extract(TEXT);
        assertEquals(List.of("normalize", "tokenize", "hashtags", "counts", "resolve"), steps);
        assertTrue(work.get() >= TEXT.length(), "a unit a char at least: " + work.get());
        assertEquals(1, x.hashtags().size());
        assertEquals(Extractor.builder().stages(EnumSet.of(Stage.HASHTAGS, Stage.COUNTS)).build().extract(TEXT), x,
                "the listener changes nothing in the result");
    }

    @Test
    void aRecorderKeepsEachThreadsTimesApart() throws InterruptedException {
        StepTimes.Recorder recorder = new StepTimes.Recorder();
        Extractor extractor = Extractor.builder().stages(EnumSet.of(Stage.HASHTAGS)).stepListener(recorder).build();
        StepTimes mine = new StepTimes();
        StepTimes theirs = new StepTimes();
        Thread other = new Thread(() -> recorder.into(theirs, () -> {
            extractor.extract(TEXT);
            return extractor.extract(TEXT);
        }));
        other.start();
        recorder.into(mine, () -> extractor.extract(TEXT));
        extractor.extract(TEXT); // outside into: kept nowhere
        other.join();
        assertEquals(List.of("normalize", "tokenize", "hashtags", "resolve"), List.copyOf(mine.totals().keySet()));
        assertEquals(2 * mine.work(), theirs.work(), "two documents against one");
    }
}
