package dev.khabar;

import dev.khabar.normalize.ArabicNormalizer;
import dev.khabar.normalize.NormalizedText;
import dev.khabar.pipeline.Annotator;
import dev.khabar.pipeline.Background;
import dev.khabar.pipeline.Document;
import dev.khabar.pipeline.Mentions;
import dev.khabar.pipeline.OverlapResolver;
import dev.khabar.rules.count.CountAnnotator;
import dev.khabar.rules.date.DateAnnotator;
import dev.khabar.rules.hashtag.HashtagAnnotator;
import dev.khabar.ner.NerAnnotator;
import dev.khabar.tokenize.Tokenizer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Extracts typed mentions from Arabic news text.
 *
 * <pre>{@code
 * Extractor extractor = Extractor.builder().build();   // once: loads and checks every resource
 * Extraction result = extractor.extract(text, LocalDate.of(2026, 2, 7));
 * for (Count c : result.counts()) {
 *     assert text.substring(c.start(), c.end()).equals(c.text());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe: build one and share it between all threads. {@code extract} never throws for a
 * non-null text up to {@link Builder#maxLength(int)} chars, whatever it contains, unless the text needs more work
 * than {@link Builder#maxWork(long)} allows (no news article comes near the default).
 */
public final class Extractor {
    /** Default limit on the length of one text, in UTF-16 chars. */
    public static final int DEFAULT_MAX_LENGTH = 5_000_000;
    /**
     * Default limit on the work for one text, in work units (see {@link Builder#maxWork(long)}): about 40 times
     * what a text of {@link #DEFAULT_MAX_LENGTH} chars of news needs, a few seconds of CPU at most.
     */
    public static final long DEFAULT_MAX_WORK = 1_000_000_000L;

    private final ArabicNormalizer normalizer = new ArabicNormalizer();
    private final Tokenizer tokenizer = new Tokenizer();
    private final List<Annotator> annotators;
    /** The step name of each annotator, for the {@link StepListener}. */
    private final List<String> annotatorNames;
    private final int maxLength;
    private final long maxWork;
    /** Null when no listener was set. */
    private final StepListener listener;

    private Extractor(Builder b) {
        this.maxLength = b.maxLength;
        this.maxWork = b.maxWork;
        this.listener = b.listener;
        // The NER model is the slowest resource: it loads on its own thread while the rule stages are built, so a
        // build takes about as long as the model alone.
        Background<NerAnnotator> ner = b.stages.contains(Stage.NER)
                ? Background.start("khabar-ner-load", NerAnnotator::new) : null;
        List<Annotator> list = new ArrayList<>();
        if (b.stages.contains(Stage.HASHTAGS)) {
            list.add(new HashtagAnnotator());
        }
        if (b.stages.contains(Stage.DATES)) {
            list.add(new DateAnnotator(b.dateReading));
        }
        if (b.stages.contains(Stage.COUNTS)) {
            list.add(new CountAnnotator());
        }
        if (b.stages.contains(Stage.NER)) {
            list.add(ner.get());
        }
        this.annotators = List.copyOf(list);
        // EnumSet iterates in declaration order, the order the annotators were added in.
        this.annotatorNames = b.stages.stream().map(s -> s.name().toLowerCase(java.util.Locale.ROOT)).toList();
    }

    /**
     * A builder with every stage, the default limits and {@link DateReading#NEWS}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Extracts from {@code text} without a publication date: relative dates are found but get no value.
     *
     * @param text the text, any string up to the builder's maximum length
     * @return the mentions found, each list in text order
     * @throws NullPointerException     if {@code text} is null
     * @throws IllegalArgumentException if {@code text} is longer than the builder's maximum length
     * @throws WorkLimitExceededException if {@code text} needs more work than the builder's maximum work
     */
    public Extraction extract(String text) {
        return extract(text, null);
    }

    /**
     * Extracts from {@code text}; relative dates ({@code اليوم}, {@code العام الماضي}) resolve against
     * {@code publicationDate} when it is not null. The builder's {@link StepListener}, if any, is told the time of
     * each step.
     *
     * @param text            the text, any string up to the builder's maximum length
     * @param publicationDate the date the text was published, or null
     * @return the mentions found, each list in text order
     * @throws NullPointerException     if {@code text} is null
     * @throws IllegalArgumentException if {@code text} is longer than the builder's maximum length
     * @throws WorkLimitExceededException if {@code text} needs more work than the builder's maximum work
     */
    public Extraction extract(String text, LocalDate publicationDate) {
        Objects.requireNonNull(text, "text");
        if (text.length() > maxLength) {
            throw new IllegalArgumentException("text has " + text.length() + " chars, more than the maximum of "
                    + maxLength + " (Extractor.Builder.maxLength)");
        }
        long t0 = System.nanoTime();
        NormalizedText normalized = normalizer.normalize(text);
        long t1 = System.nanoTime();
        Document doc = new Document(normalized, tokenizer.tokenize(normalized.text()), publicationDate, maxWork);
        doc.work(text.length(), "tokenize"); // a unit a char for the normalizer and the tokenizer
        long t2 = System.nanoTime();
        if (listener != null) {
            listener.stepDone("normalize", t1 - t0);
            listener.stepDone("tokenize", t2 - t1);
        }
        Mentions.Builder found = new Mentions.Builder();
        for (int i = 0; i < annotators.size(); i++) {
            doc.work(doc.tokens().size(), annotatorNames.get(i)); // a unit a token; stages add their inner steps
            Annotator stage = annotators.get(i);
            stage.annotate(doc, found.build(stage.reads()), found::add); // it reads what it declared, only adds
            if (listener != null) {
                long t = System.nanoTime();
                listener.stepDone(annotatorNames.get(i), t - t2);
                t2 = t;
            }
        }
        Extraction result = OverlapResolver.resolve(found.build());
        if (listener != null) {
            listener.stepDone("resolve", System.nanoTime() - t2);
            listener.documentDone(doc.workDone());
        }
        return result;
    }

    /** Builds an {@link Extractor}; every resource is loaded and checked in {@link #build()}. Not thread-safe. */
    public static final class Builder {
        private Set<Stage> stages = EnumSet.allOf(Stage.class);
        private int maxLength = DEFAULT_MAX_LENGTH;
        private long maxWork = DEFAULT_MAX_WORK;
        private DateReading dateReading = DateReading.NEWS;
        private StepListener listener;

        private Builder() {
        }

        /**
         * Tells {@code listener} the time of each step of each extraction (none by default). It is called on the
         * threads that call {@code extract}, so it must be thread-safe when the extractor is shared.
         *
         * @param listener the listener, or null for none
         * @return this builder
         */
        public Builder stepListener(StepListener listener) {
            this.listener = listener;
            return this;
        }

        /**
         * How dates that leave something unsaid are read: {@link DateReading#NEWS} (the default: a bare weekday or
         * month is the most recent one) or {@link DateReading#duckling} (Duckling's conventions, for its test corpus).
         *
         * @param reading the reading
         * @return this builder
         */
        public Builder dateReading(DateReading reading) {
            this.dateReading = Objects.requireNonNull(reading, "reading");
            return this;
        }

        /**
         * Runs only these stages (all by default).
         *
         * @param stages the stages to run; empty for none (normalizing and tokenizing only)
         * @return this builder
         */
        public Builder stages(Set<Stage> stages) {
            this.stages = stages.isEmpty() ? EnumSet.noneOf(Stage.class) : EnumSet.copyOf(stages);
            return this;
        }

        /**
         * Longest text {@code extract} accepts, in UTF-16 chars; longer texts are an IllegalArgumentException.
         *
         * @param maxLength the limit, at least 0 ({@value Extractor#DEFAULT_MAX_LENGTH} by default)
         * @return this builder
         */
        public Builder maxLength(int maxLength) {
            if (maxLength < 0) {
                throw new IllegalArgumentException("maxLength must be >= 0: " + maxLength);
            }
            this.maxLength = maxLength;
            return this;
        }

        /**
         * Most work {@code extract} may do on one text, in work units; a text that needs more stops with a
         * {@link WorkLimitExceededException}. A unit is a cheap step: a char normalized and tokenized, a token a
         * stage reads, a step along a name or a look-up in a list. Every stage's work grows in proportion to the
         * text, about 4 to 10 units a char for news (a 1,600-char article about 10,000 units), so the default
         * ({@value Extractor#DEFAULT_MAX_WORK}) is far above any article and even above the longest text
         * {@link #maxLength} lets in; a server that takes requests from anyone can set a lower limit.
         *
         * @param maxWork the limit, at least 0
         * @return this builder
         */
        public Builder maxWork(long maxWork) {
            if (maxWork < 0) {
                throw new IllegalArgumentException("maxWork must be >= 0: " + maxWork);
            }
            this.maxWork = maxWork;
            return this;
        }

        /**
         * Loads every resource of the chosen stages and returns the extractor.
         *
         * @return the extractor
         * @throws IllegalStateException if a resource is missing or malformed (a packaging error)
         */
        public Extractor build() {
            return new Extractor(this);
        }
    }
}
