package dev.khabar.ner;

import dev.khabar.Location;

import java.util.List;

/**
 * The country of a story's unlisted places: a village or district no list holds (قضاء الصالحية, a name of several
 * countries, or none) lies, in a report, in the country of the story's other places when they all lie in one.
 * At least {@value #MIN_LINKED} linked places must agree, and none may lie elsewhere: a story of two countries
 * gives its unlisted places none. Such a location carries the country but no GeoNames id.
 */
final class StoryCountry {
    /** Linked places needed to give a story a country. */
    static final int MIN_LINKED = 2;

    private StoryCountry() {
    }

    /**
     * Gives the locations at {@code unlinked} (indices into {@code locations}, which have no country) the one country
     * of the locations from {@code from} on, when they agree.
     */
    static void fill(List<Location> locations, int from, List<Integer> unlinked) {
        if (unlinked.isEmpty()) {
            return;
        }
        String country = null;
        int linked = 0;
        for (int i = from; i < locations.size(); i++) {
            String c = locations.get(i).country();
            if (c == null) {
                continue;
            }
            if (country != null && !country.equals(c)) {
                return;
            }
            country = c;
            linked++;
        }
        if (linked < MIN_LINKED) {
            return;
        }
        for (int i : unlinked) {
            Location l = locations.get(i);
            locations.set(i, new Location(l.text(), l.start(), l.end(), l.name(), l.source(), country, null));
        }
    }
}
