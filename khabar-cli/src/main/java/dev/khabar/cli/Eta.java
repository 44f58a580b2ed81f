package dev.khabar.cli;

import java.util.OptionalDouble;

/**
 * The time left of a job from its progress, smoothed. The clock starts at the first observation with something
 * done, so the slow start of a run (the NER model loading, the JIT compiling) does not make the first estimate an
 * hour for a half-minute job; no estimate is given before {@code settleSeconds} have passed from there. The rate is
 * then the average since that start, followed by an exponentially weighted average of the rates between
 * observations (time constant {@code tauSeconds}), so that the estimate follows a change of speed without jumping at
 * every burst of the writer.
 */
final class Eta {
    private final double tauSeconds;
    private final double settleSeconds;
    private double startTime = Double.NaN;
    private double startDone;
    private double lastTime;
    private double lastDone;
    private double rate = Double.NaN;

    Eta(double tauSeconds, double settleSeconds) {
        this.tauSeconds = tauSeconds;
        this.settleSeconds = settleSeconds;
    }

    /** Records that {@code done} units (documents or bytes) are done at {@code seconds} (any fixed origin). */
    void observe(double seconds, double done) {
        if (Double.isNaN(startTime)) {
            if (done > 0) {
                startTime = seconds;
                startDone = done;
                lastTime = seconds;
                lastDone = done;
            }
            return;
        }
        double dt = seconds - lastTime;
        if (dt <= 0) {
            return;
        }
        if (Double.isNaN(rate)) {
            if (seconds - startTime >= settleSeconds) {
                rate = (done - startDone) / (seconds - startTime);
            }
        } else {
            double alpha = 1 - Math.exp(-dt / tauSeconds);
            rate += alpha * ((done - lastDone) / dt - rate);
        }
        lastTime = seconds;
        lastDone = done;
    }

    /** Units per second, once settled. */
    OptionalDouble rate() {
        return Double.isNaN(rate) || rate <= 0 ? OptionalDouble.empty() : OptionalDouble.of(rate);
    }

    /** Seconds until {@code total} units are done at the current rate, once settled. */
    OptionalDouble secondsLeft(double total) {
        OptionalDouble r = rate();
        return r.isEmpty() ? r : OptionalDouble.of(Math.max(0, total - lastDone) / r.getAsDouble());
    }
}
