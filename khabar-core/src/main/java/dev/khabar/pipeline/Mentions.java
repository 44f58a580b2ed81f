package dev.khabar.pipeline;

import dev.khabar.Count;
import dev.khabar.DateMention;
import dev.khabar.DurationMention;
import dev.khabar.Extraction;
import dev.khabar.Hashtag;
import dev.khabar.Location;
import dev.khabar.Mention;
import dev.khabar.MentionType;
import dev.khabar.Organization;
import dev.khabar.Person;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Mentions found in one document, by type, each list in the order the stages gave them. Immutable: the pipeline
 * collects what the stages give with a {@link Builder} and hands each stage a copy of the types it
 * {@linkplain Annotator#reads reads}; {@link OverlapResolver} settles the whole.
 */
public final class Mentions {
    private static final Set<MentionType> ALL = java.util.EnumSet.allOf(MentionType.class);
    /** No mention at all. */
    public static final Mentions NONE = new Builder().build();

    public final List<Organization> organizations;
    public final List<Person> persons;
    public final List<Location> locations;
    public final List<DateMention> dates;
    public final List<DurationMention> durations;
    public final List<Count> counts;
    public final List<Hashtag> hashtags;

    private Mentions(Builder b, Set<MentionType> types) {
        organizations = only(b.organizations, MentionType.ORGANIZATION, types);
        persons = only(b.persons, MentionType.PERSON, types);
        locations = only(b.locations, MentionType.LOCATION, types);
        dates = only(b.dates, MentionType.DATE, types);
        durations = only(b.durations, MentionType.DURATION, types);
        counts = only(b.counts, MentionType.COUNT, types);
        hashtags = only(b.hashtags, MentionType.HASHTAG, types);
    }

    private static <M extends Mention> List<M> only(List<M> list, MentionType type, Set<MentionType> types) {
        return types.contains(type) ? List.copyOf(list) : List.of();
    }

    /** The given mentions, each in the list of its type. */
    public static Mentions of(Collection<? extends Mention> mentions) {
        Builder b = new Builder();
        mentions.forEach(b::add);
        return b.build();
    }

    /** The coverage of the mentions of {@code types}. */
    public Coverage coverage(MentionType... types) {
        List<List<? extends Mention>> lists = new ArrayList<>();
        for (MentionType t : types) {
            lists.add(switch (t) {
                case ORGANIZATION -> organizations;
                case PERSON -> persons;
                case LOCATION -> locations;
                case DATE -> dates;
                case DURATION -> durations;
                case COUNT -> counts;
                case HASHTAG -> hashtags;
            });
        }
        @SuppressWarnings("unchecked")
        List<? extends Mention>[] array = lists.toArray(new List[0]);
        return Coverage.of(array);
    }

    /** The mentions as they are, without settling overlaps ({@link OverlapResolver#resolve} does that). */
    public Extraction toExtraction() {
        return new Extraction(organizations, persons, locations, dates, durations, counts, hashtags);
    }

    /** Collects the mentions stages give, by type. Not thread-safe: one per document. */
    public static final class Builder implements MentionSink {
        private final List<Organization> organizations = new ArrayList<>();
        private final List<Person> persons = new ArrayList<>();
        private final List<Location> locations = new ArrayList<>();
        private final List<DateMention> dates = new ArrayList<>();
        private final List<DurationMention> durations = new ArrayList<>();
        private final List<Count> counts = new ArrayList<>();
        private final List<Hashtag> hashtags = new ArrayList<>();

        @Override
        public void add(Mention m) {
            switch (m.type()) {
                case ORGANIZATION -> organizations.add((Organization) m);
                case PERSON -> persons.add((Person) m);
                case LOCATION -> locations.add((Location) m);
                case DATE -> dates.add((DateMention) m);
                case DURATION -> durations.add((DurationMention) m);
                case COUNT -> counts.add((Count) m);
                case HASHTAG -> hashtags.add((Hashtag) m);
            }
        }

        /** Everything collected so far. */
        public Mentions build() {
            return new Mentions(this, ALL);
        }

        /** What was collected so far of {@code types}; the other lists are empty. */
        public Mentions build(Set<MentionType> types) {
            return types.isEmpty() ? NONE : new Mentions(this, types);
        }
    }
}
