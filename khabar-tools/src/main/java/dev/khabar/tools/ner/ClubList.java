package dev.khabar.tools.ner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.khabar.ner.NerAnnotator;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import static dev.khabar.tools.ner.KnowledgeFilters.arabicOnly;

/**
 * {@code clubs.tsv}: the sports clubs of ArWikiCats, without leagues and cups and without the clubs of
 * organizations.tsv; a club's short name, when it is one word or also a place or a word, is cued. One line a name,
 * and each name once: the stage's data files reject a repeated key.
 */
final class ClubList {
    /** Words of sports competitions, not clubs. */
    private static final Pattern NOT_A_CLUB = Pattern.compile("^(ال)?(دوري|كاس|بطوله|منتخب|اتحاد|الاتحاد|دوريات)( |$)");
    /** What follows a club's name and is not part of its short name. */
    private static final Pattern CLUB_SUFFIX = Pattern.compile(
            "( (لكره|للكره) [^ ]+( [^ ]+)?| للسيدات| الرياضي| الرياضي الثقافي| الثقافي الرياضي)+$");
    private static final String CLUB = "نادي ";

    /** A club: its name as written, another name (may be empty), and a name that needs a cue (may be empty). */
    private record Club(String name, String alias, String cued) {
    }

    private final KnowledgeFilters filters;
    /** Keys of the places list: a short name that is also a place is cued. */
    private final Set<String> placeKeys;
    /** Keys already given to a club or to an organization of organizations.tsv. */
    private final Set<String> taken;

    ClubList(KnowledgeFilters filters, Set<String> placeKeys) {
        this.filters = filters;
        this.placeKeys = placeKeys;
        this.taken = new HashSet<>(filters.organizationNames);
    }

    /** Reads ArWikiCats' {@code Clubs_key.json} and writes the list. */
    void write(Path knowledge, Path out) throws IOException {
        JsonNode root = new ObjectMapper().readTree(knowledge.resolve("arwikicats/Clubs_key.json").toFile());
        Map<String, Club> clubs = new TreeMap<>();
        for (Iterator<JsonNode> it = root.elements(); it.hasNext(); ) {
            String name = NerAnnotator.withoutMarks(it.next().asText("")).strip();
            Club club = club(name);
            if (club != null) {
                String key = filters.key(club.name());
                taken.add(key);
                clubs.put(key, club);
            }
        }
        int repeated;
        try (PrintWriter w = KnowledgeBuilder.writer(out)) {
            w.print("""
                    # Sports clubs from ArWikiCats' Clubs_key.json (MIT; names from Arabic Wikipedia; see
                    # LICENSE-knowledge.md), without leagues, cups and national teams, and without the clubs that
                    # organizations.tsv lists (which wins). One line a name: the club's name and other names, and its short
                    # name, which when it is one word, or also a place or a word, names the club only after a cue word of
                    # org-cues.tsv or in a sports report (CUE *), like organizations.tsv's fourth column. KEY: the name
                    # normalized and tokenized as at run time. Written by KnowledgeBuilder; do not edit by hand.
                    # FORMAT: KEY<TAB>CANONICAL NAME<TAB>CUE (* or empty)
                    # EXAMPLE: وتعاقد نادي هايدنهايم مع المدافع => نادي هايدنهايم
                    # EXAMPLE: وفاز يوتا جاز على منافسه => يوتا جاز
                    """);
            repeated = writeLines(w, clubs);
        }
        System.out.println(clubs.size() + " clubs (" + repeated + " names left out that another club's line has)");
    }

    /**
     * A line for each name of each club, in key order; a name whose key (normalized as the stage reads it) an
     * earlier line has is left out, so two clubs with one short name (a club and its football team) give the name
     * to the first. Returns how many were left out.
     */
    private int writeLines(PrintWriter w, Map<String, Club> clubs) {
        Set<String> written = new HashSet<>();
        int repeated = 0;
        for (Club c : clubs.values()) {
            repeated += writeLine(w, written, c.name(), c.name(), "") ? 0 : 1;
            if (!c.alias().isEmpty()) {
                repeated += writeLine(w, written, c.alias(), c.name(), "") ? 0 : 1;
            }
            if (!c.cued().isEmpty()) {
                repeated += writeLine(w, written, c.cued(), c.name(), "*") ? 0 : 1;
            }
        }
        return repeated;
    }

    private boolean writeLine(PrintWriter w, Set<String> written, String name, String canonical, String cue) {
        String key = filters.key(name);
        if (!written.add(filters.normalizeWord(key).strip())) {
            return false;
        }
        w.print(key + "\t" + canonical + "\t" + cue + "\n");
        return true;
    }

    /**
     * The club of one ArWikiCats name, or null when it is no club or its name is taken. A short name (without
     * نادي and the suffix) is taken for it too; a club known only by a short name that is a word or a place is named
     * نادي X, and X names it after a cue word only.
     */
    private Club club(String name) {
        String key = filters.key(name);
        if (!arabicOnly(name.replaceAll("[0-9]", "")) || NOT_A_CLUB.matcher(key).find() || taken.contains(key)) {
            return null;
        }
        String bare = CLUB_SUFFIX.matcher(key).replaceAll("");
        String shortKey = bare.startsWith(CLUB) ? bare.substring(5) : bare.startsWith("النادي ") ? null : bare;
        if (shortKey != null && !shortKey.isEmpty() && !taken.contains(shortKey) && !shortKey.equals(key)) {
            String shortName = shortWritten(name);
            if (!shortKey.contains(" ") && (filters.isCommonWord(shortKey) || shortKey.length() < 3)) {
                shortName = ""; // كان is "was" before it is Cannes
            }
            taken.add(shortKey);
            return isAmbiguous(shortKey) ? new Club(name, "", shortName) : new Club(name, shortName, "");
        }
        if (shortKey != null && shortKey.equals(key) && isAmbiguous(key)) {
            if (!key.contains(" ") && (filters.isCommonWord(key) || key.length() < 3)) {
                return null;
            }
            String named = CLUB + name;
            return taken.contains(filters.key(named)) ? null : new Club(named, "", shortWritten(named));
        }
        return new Club(name, "", "");
    }

    /** A name that is one word, or a place, or begins with a place or a common word. */
    private boolean isAmbiguous(String key) {
        String first = key.split(" ")[0];
        return !key.contains(" ") || placeKeys.contains(key) || placeKeys.contains(first)
                || filters.isCommonWord(first);
    }

    /** {@code نادي هانوفر 96 لكرة القدم} → {@code هانوفر 96}: the name as written, without نادي and the suffix. */
    private String shortWritten(String name) {
        String s = name.startsWith(CLUB) ? name.substring(5) : name;
        String[] words = s.split(" ");
        String k = filters.key(s);
        String stripped = CLUB_SUFFIX.matcher(k).replaceAll("");
        int keep = stripped.split(" ").length;
        return String.join(" ", List.of(words).subList(0, Math.min(keep, words.length)));
    }
}
