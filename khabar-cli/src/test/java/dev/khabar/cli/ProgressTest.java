package dev.khabar.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The progress bar: its time left after a slow start and a change of speed, its bytes, its silence when off. */
class ProgressTest {

    @Test
    void aSlowStartDoesNotMakeTheFirstEstimateAnHour() {
        // 3,000 documents: the first one after 5 s (model loading, JIT), then 100 a second: 35 s in all.
        Eta eta = new Eta(5, 2);
        for (int tick = 0; tick <= 350; tick++) {   // observations every 0.1 s, as the bar redraws
            double t = tick / 10.0;
            double done = t < 5 ? 0 : Math.min(3000, 1 + (t - 5) * 100);
            eta.observe(t, done);
            OptionalDouble left = eta.secondsLeft(3000);
            if (t < 7) {
                assertTrue(left.isEmpty(), "no estimate before it settles, at " + t + " s");
            } else if (done < 3000) {
                double truth = (3000 - done) / 100;
                assertEquals(truth, left.getAsDouble(), 0.05 * truth + 0.5, "at " + t + " s");
            }
        }
        // What the average since the start would have said at 7 s: 201 docs in 7 s, 97 s left of a job that has 28.
        assertTrue((3000 - 201) / (201 / 7.0) > 3 * 28);
    }

    @Test
    void theEstimateFollowsAChangeOfSpeedWithoutJumpingAtBursts() {
        Eta eta = new Eta(5, 2);
        double done = 0;
        for (int tick = 1; tick <= 400; tick++) {
            double t = tick / 10.0;
            // Bursts: the writer waits for a slow document, then writes those done meanwhile.
            double perSecond = t <= 20 ? 100 : 50;
            if (tick % 5 == 0) {
                done += perSecond * 0.5;
            }
            eta.observe(t, done);
            if (t > 5 && t <= 20) {
                assertEquals(100, eta.rate().getAsDouble(), 40, "at " + t + " s");
            }
        }
        assertEquals(50, eta.rate().getAsDouble(), 5);
    }

    private static String render(boolean enabled, long total) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        AtomicLong now = new AtomicLong();
        AtomicLong read = new AtomicLong();
        Progress bar = new Progress(err, total, read::get, enabled, now::get);
        for (int doc = 1; doc <= 100; doc++) {
            read.addAndGet(10_000);
            long mark = bar.mark();
            now.addAndGet(250_000_000L); // 4 documents a second
            bar.update(doc, doc / 50, mark);
        }
        bar.finish(new BatchRunner.Summary(100, 2, 0, 25_000_000_000L));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theBarGoesByTheBytesReadFromTheFile() {
        String out = render(true, 1_000_000);
        String[] frames = out.split("\r");
        String middle = frames[50];
        assertTrue(middle.startsWith("[###############               ]  50% 0.5/1.0 MB, 50 docs"), middle);
        assertTrue(middle.contains("ETA 0:00:13"), middle);   // 0.5 MB left at 40 kB a second: 12.5 s
        String last = frames[frames.length - 1];
        assertTrue(last.startsWith("[##############################] 100% 1.0/1.0 MB, 100 docs, ETA 0:00:00"), last);
        assertTrue(last.contains("khabar batch: 100 documents, 2 errors"), last);
        assertFalse(out.contains("\u001b"), out);
    }

    @Test
    void withoutATotalItSaysWhatItHasRead() {
        String out = render(true, -1);
        String[] frames = out.split("\r");
        assertTrue(frames[50].startsWith("50 docs, 500.0 kB read, "), frames[50]);
        assertTrue(frames[frames.length - 1].startsWith("100 docs, 1.0 MB read, "), out);
    }

    @Test
    void whenOffOnlyTheSummaryIsWritten() {
        String out = render(false, 1_000_000);
        assertEquals("khabar batch: 100 documents, 2 errors, 25.0 s, 4.0 docs/s\n", out.replace("\r\n", "\n"));
    }
}
