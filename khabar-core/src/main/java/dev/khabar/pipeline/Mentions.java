package dev.khabar.pipeline;

import dev.khabar.Count;
import dev.khabar.DateMention;
import dev.khabar.DurationMention;
import dev.khabar.Extraction;
import dev.khabar.Hashtag;
import dev.khabar.Location;
import dev.khabar.Organization;
import dev.khabar.Person;

import java.util.ArrayList;
import java.util.List;

/**
 * What the stages of one document found so far. Stages run in order and a later stage may read what earlier stages
 * found (counts skip the numbers that dates took). One instance per document, never shared between threads.
 */
public final class Mentions {
    public final List<Organization> organizations = new ArrayList<>();
    public final List<Person> persons = new ArrayList<>();
    public final List<Location> locations = new ArrayList<>();
    public final List<DateMention> dates = new ArrayList<>();
    public final List<DurationMention> durations = new ArrayList<>();
    public final List<Count> counts = new ArrayList<>();
    public final List<Hashtag> hashtags = new ArrayList<>();

    public Extraction toExtraction() {
        return new Extraction(organizations, persons, locations, dates, durations, counts, hashtags);
    }
}
