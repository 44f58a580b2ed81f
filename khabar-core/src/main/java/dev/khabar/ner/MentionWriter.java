package dev.khabar.ner;

import dev.khabar.Location;
import dev.khabar.Organization;
import dev.khabar.Person;
import dev.khabar.Source;
import dev.khabar.pipeline.Document;
import dev.khabar.pipeline.MentionSink;
import dev.khabar.pipeline.Span;
import dev.khabar.tokenize.Clitics;
import dev.khabar.tokenize.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.khabar.ner.EntityType.LOC;
import static dev.khabar.ner.EntityType.ORG;


/**
 * Writes the stage's mentions: their spans in the text, their names (the gazetteer's canonical name, else the mention
 * without harakat, shared by the document's mentions of the same form), an organization's country, a place's country
 * and GeoNames id.
 */
final class MentionWriter {
    private final NameGazetteer organizations;
    private final NameGazetteer places;
    private final PlaceLinker placeLinker;
    private final Demonyms demonyms;
    private final NearbyCountry nearbyCountry;

    MentionWriter(NameGazetteer organizations, NameGazetteer places, PlaceLinker placeLinker, Demonyms demonyms,
                  NearbyCountry nearbyCountry) {
        this.organizations = organizations;
        this.places = places;
        this.placeLinker = placeLinker;
        this.demonyms = demonyms;
        this.nearbyCountry = nearbyCountry;
    }

    /** Writes the mentions, naming them; an acronym or a short form takes the name of its earlier mention. */
    void emit(Document doc, List<Token> tokens, List<NameCandidate> all, MentionSink out) {
        new Pass(doc, tokens, all, out).run();
    }

    /** One document's writing: the names given so far and the places that may take the story's country. */
    private final class Pass {
        private final Document doc;
        private final List<Token> tokens;
        private final List<NameCandidate> all;
        private final MentionSink out;
        private final List<Location> locations = new ArrayList<>(); // given to out at the end, a country filled in
        private final Map<String, String> names = new HashMap<>();
        private final Map<Integer, String> nameByFirst = new HashMap<>();
        private final List<Integer> unlinked = new ArrayList<>(); // unlisted places, which may take the story's country
        private final Map<String, PlaceLinker.Place> placedNearby = new HashMap<>();
        private final Map<Integer, NameCandidate> locationAt = new HashMap<>();

        Pass(Document doc, List<Token> tokens, List<NameCandidate> all, MentionSink out) {
            this.doc = doc;
            this.tokens = tokens;
            this.all = all;
            this.out = out;
        }

        void run() {
            for (NameCandidate f : all) {
                if (f.is(LOC)) {
                    locationAt.put(f.first(), f);
                }
            }
            for (NameCandidate f : all) {
                write(f);
            }
            StoryCountry.fill(locations, 0, unlinked);
            locations.forEach(out::add);
        }

        private void write(NameCandidate f) {
            Token first = tokens.get(f.first());
            String stem = NameWords.stemAfter(first, f.prefixLength());
            // للنصر: the ل merged with the article, so the span is the whole لل-word (POLICY) and the name has ال.
            boolean lamArticle = stem.length() > first.text().length() - f.prefixLength();
            Span span = doc.span(first.start() + f.prefixLength() - (lamArticle ? 1 : 0), tokens.get(f.last()).end());
            StringBuilder key = new StringBuilder(stem);
            for (int k = f.first() + 1; k <= f.last(); k++) {
                key.append(' ').append(tokens.get(k).text());
            }
            String name = name(f, key.toString(), span, lamArticle);
            nameByFirst.put(f.first(), name);
            Source source = f.source();
            switch (f.type()) {
                case ORG -> {
                    NameCandidate named = f.sameAs() != null ? f.sameAs() : f; // an acronym: its name's country
                    out.add(new Organization(span.text(), span.start(), span.end(), name, source,
                            demonyms.countryOfName(tokens, named.first(), named.last())));
                }
                case PERS -> out.add(new Person(span.text(), span.start(), span.end(), name, source));
                case LOC -> location(f, span, name, key.toString(), source);
                default -> {
                }
            }
        }

        /** The mention's name: its earlier mention's, the canonical one, or the first of the same form's. */
        private String name(NameCandidate f, String key, Span span, boolean lamArticle) {
            String name;
            if (f.sameAs() != null) {
                name = nameByFirst.get(f.sameAs().first());
                names.putIfAbsent(f.type() + key, name);
            } else {
                String canonical = f.canonical() != null ? f.canonical()
                        : f.is(ORG) ? organizations.canonical(key)
                        : f.is(LOC) ? places.canonical(key) : null;
                String text = NerAnnotator.withoutMarks(span.text());
                String written = lamArticle ? Clitics.lamArticleAsArticle(text) : text; // للسعودية → السعودية
                String fallback = canonical != null ? canonical : written;
                name = canonical != null ? canonical : names.getOrDefault(f.type() + key, fallback);
                names.putIfAbsent(f.type() + key, name);
            }
            return name;
        }

        private void location(NameCandidate f, Span span, String name, String key, Source source) {
            PlaceLinker.Place place = placeLinker.place(name, key);
            String near = nearbyCountry.countryAfter(tokens, f.last(), locationAt::get, g -> link(tokens, g));
            if (near != null) {
                place = NearbyCountry.with(place, near);
                placedNearby.putIfAbsent(name, place);
            } else if (placedNearby.containsKey(name)) {
                place = placedNearby.get(name); // the story's طرابلس is the one it placed in لبنان
            }
            if (place == null && !placeLinker.withoutCountry(name, key) && placeLinker.mayTakeStoryCountry(key)) {
                unlinked.add(locations.size());
            }
            locations.add(place == null
                    ? new Location(span.text(), span.start(), span.end(), name, source)
                    : new Location(span.text(), span.start(), span.end(), name, source, place.country(),
                            place.geonamesId()));
        }
    }

    /** The place a location mention names, by its canonical name or its words; null when not listed. */
    private PlaceLinker.Place link(List<Token> tokens, NameCandidate f) {
        String key = NameWords.stemAfter(tokens.get(f.first()), f.prefixLength())
                + (f.first() < f.last() ? " " + NameWords.words(tokens, new NameCandidate(f.type(), f.first() + 1, f.last(), 0,
                        f.source(), null, null)) : "");
        return placeLinker.place(f.canonical() != null ? f.canonical() : places.canonical(key), key);
    }
}
