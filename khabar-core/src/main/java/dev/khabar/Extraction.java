package dev.khabar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Everything found in one text, each list in text order. Immutable.
 *
 * @param organizations the organizations
 * @param persons       the persons
 * @param locations     the locations
 * @param dates         the dates, times of day and date ranges
 * @param durations     the lengths of time
 * @param counts        the counts, percentages and amounts of money
 * @param hashtags      the hashtags
 */
public record Extraction(List<Organization> organizations, List<Person> persons, List<Location> locations,
                         List<DateMention> dates, List<DurationMention> durations, List<Count> counts,
                         List<Hashtag> hashtags) {

    /**
     * Copies each list, so the extraction stays as it was built.
     *
     * @param organizations the organizations
     * @param persons       the persons
     * @param locations     the locations
     * @param dates         the dates
     * @param durations     the lengths of time
     * @param counts        the counts
     * @param hashtags      the hashtags
     */
    public Extraction {
        organizations = List.copyOf(organizations);
        persons = List.copyOf(persons);
        locations = List.copyOf(locations);
        dates = List.copyOf(dates);
        durations = List.copyOf(durations);
        counts = List.copyOf(counts);
        hashtags = List.copyOf(hashtags);
    }

    /**
     * An extraction that found nothing.
     *
     * @return the empty extraction
     */
    public static Extraction empty() {
        return new Extraction(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /**
     * All mentions of every type, by start offset (then end); {@link Mention#type()} tells them apart.
     *
     * @return every mention, in one list
     */
    public List<Mention> all() {
        List<Mention> all = new ArrayList<>();
        all.addAll(organizations);
        all.addAll(persons);
        all.addAll(locations);
        all.addAll(dates);
        all.addAll(durations);
        all.addAll(counts);
        all.addAll(hashtags);
        all.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        return List.copyOf(all);
    }
}
