package dev.khabar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Everything found in one text, each list in text order. Immutable. */
public record Extraction(List<Organization> organizations, List<Person> persons, List<Location> locations,
                         List<DateMention> dates, List<DurationMention> durations, List<Count> counts,
                         List<Hashtag> hashtags) {

    public Extraction {
        organizations = List.copyOf(organizations);
        persons = List.copyOf(persons);
        locations = List.copyOf(locations);
        dates = List.copyOf(dates);
        durations = List.copyOf(durations);
        counts = List.copyOf(counts);
        hashtags = List.copyOf(hashtags);
    }

    public static Extraction empty() {
        return new Extraction(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** All mentions of every type, by start offset. */
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
