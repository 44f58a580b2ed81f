package dev.khabar.rules.date;

import com.fasterxml.jackson.databind.JsonNode;
import dev.khabar.DateMention;
import dev.khabar.DateReading;
import dev.khabar.DurationMention;
import dev.khabar.Extraction;
import dev.khabar.Extractor;
import dev.khabar.Ratchet;
import dev.khabar.Stage;
import dev.khabar.json.JsonCodec;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * dateparser's Arabic cases (testdata/dateparser), loaded at run time. Each kind of case states its expectation in
 * dateparser's terms; this test reads it as Khabar's:
 * <ul>
 *   <li>relative-past: one date covering the phrase, its value the expected day (publication date = reference);</li>
 *   <li>hijri: one date covering the phrase with the expected date and time (settings say the numbers are Hijri);</li>
 *   <li>translation-to-english: the English gives the value: {@code 2 day} a duration P2D, {@code 1 day ago} the day
 *       before the reference, {@code 6 january 2015 05:16 pm} the time 2015-01-06T17:16;</li>
 *   <li>tokenize, search-exact-span: one date covers the whole phrase;</li>
 *   <li>search-and-parse: exactly the expected spans with the expected days;</li>
 *   <li>language-applicable for Arabic: a mention is found (applicable) or none (not applicable).</li>
 * </ul>
 * Cases about other languages or about language detection test dateparser itself and are skipped, with the reason.
 */
class DateparserConformanceTest {
    private static final LocalDate REFERENCE = LocalDate.of(2014, 9, 1);
    private static final Extractor NEWS = Extractor.builder().stages(EnumSet.of(Stage.DATES)).build();
    private static final Extractor HIJRI = Extractor.builder().stages(EnumSet.of(Stage.DATES))
            .dateReading(DateReading.NEWS.withHijriNumericDates()).build();

    private static final Map<String, String> KNOWN = Map.of(
            "1 عام, 1 شهر, 1 أسبوع, 1 يوم, 1 ساعة, 1 دقيقة",
            "a bare list of lengths is read as lengths; dateparser's freshness parser reads it as 'ago'");

    @Test
    void arabicCases() throws IOException {
        List<String> failures = new ArrayList<>();
        List<String> failing = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        int cases = 0;
        for (String line : Files.readAllLines(Path.of("testdata/dateparser/ar.jsonl"), StandardCharsets.UTF_8)) {
            JsonNode c = JsonCodec.readTree(line);
            String kind = c.get("kind").asText();
            String text = c.get("text").asText();
            JsonNode x = c.get("expected");
            String language = c.path("language").asText("");
            if (kind.equals("language-detection") || kind.equals("language-applicable") && !language.equals("ar")) {
                skipped.add(kind + " " + language + " " + text + ": tests dateparser's language handling, not Arabic dates");
                continue;
            }
            cases++;
            String problem = switch (kind) {
                case "relative-past" -> oneDate(NEWS.extract(text, REFERENCE), text,
                        LocalDateTime.parse(x.get("date_obj").asText()).toLocalDate().toString());
                case "hijri" -> oneDate(HIJRI.extract(text, null), text, hijriValue(x.get("date_obj").asText()));
                case "translation-to-english" -> translation(text, x.get("translation").asText());
                case "tokenize", "search-exact-span" -> oneDate(NEWS.extract(text, null), text, null);
                case "search-and-parse" -> searchAndParse(text, x.get("results"));
                case "language-applicable" -> applicable(text, x.get("applicable").asBoolean());
                default -> "unknown kind " + kind;
            };
            if (problem != null) {
                failures.add(kind + ": " + text + " — " + problem + (KNOWN.containsKey(text) ? " — why: " + KNOWN.get(text) : ""));
                failing.add(kind + " " + text);
            }
        }
        int passed = cases - failures.size();
        System.out.printf(Locale.ROOT, "dateparser Arabic: %d of %d pass (%.1f%%), %d skipped%n", passed, cases,
                100.0 * passed / cases, skipped.size());
        failures.forEach(f -> System.out.println("  FAIL " + f));
        skipped.forEach(s -> System.out.println("  SKIP " + s));
        assertEquals(38, cases + skipped.size(), "the suite should hold 38 cases");
        assertTrue(passed >= Math.ceil(0.9 * cases), passed + " of " + cases + " pass, below 90%");
        Ratchet.check("dateparser-ar", failing);
    }

    /** The expected Hijri-suite instant as Khabar writes it: the day, or the minute when a time is given. */
    private static String hijriValue(String instant) {
        LocalDateTime t = LocalDateTime.parse(instant);
        return t.toLocalTime().toSecondOfDay() == 0 ? t.toLocalDate().toString()
                : t.toString().substring(0, "yyyy-MM-ddTHH:mm".length());
    }

    /** Null when exactly one date covers the (trimmed) text and, if {@code value} is given, has that value. */
    private static String oneDate(Extraction e, String text, String value) {
        String stripped = text.strip();
        String phrase = DatePhrases.withoutPreposition(stripped);
        int from = text.indexOf(stripped) + stripped.length() - phrase.length();
        if (e.dates().size() != 1) {
            return "expected one date" + (value == null ? "" : " " + value) + ", found " + describe(e);
        }
        DateMention d = e.dates().get(0);
        if (d.start() != from || d.end() != from + phrase.length()) {
            return "the date [" + d.text() + "] does not cover the phrase";
        }
        return value == null || value.equals(d.value()) ? null : "expected " + value + ", got " + d.value();
    }

    /** dateparser's English: "2 day", "4 year", "1 day ago", "ago 2 hour", "6 january 2015 05:16 pm". */
    private static String translation(String text, String english) {
        String[] w = english.split(" ");
        Extraction e = NEWS.extract(text, REFERENCE);
        if (w.length == 2 && w[0].matches("\\d+")) {
            String iso = switch (w[1]) {
                case "hour" -> "PT" + w[0] + "H";
                case "minute" -> "PT" + w[0] + "M";
                default -> "P" + w[0] + Character.toUpperCase(w[1].charAt(0));
            };
            if (e.durations().size() == 1 && e.dates().isEmpty() && e.durations().get(0).value().equals(iso)
                    && e.durations().get(0).text().equals(text)) {
                return null;
            }
            return "expected the duration " + iso + ", found " + describe(e);
        }
        if (english.endsWith(" ago") || english.startsWith("ago ")) {
            String[] p = english.replace("ago", "").strip().split(" ");
            int amount = Integer.parseInt(p[0]);
            LocalDate day = p[1].equals("day") ? REFERENCE.minusDays(amount) : REFERENCE;
            return oneDate(e, text, day.toString());
        }
        if (w.length == 5) {
            int hour = Integer.parseInt(w[3].substring(0, 2)) % 12 + (w[4].equals("pm") ? 12 : 0);
            String month = w[1].substring(0, 1).toUpperCase(Locale.ROOT) + w[1].substring(1);
            LocalDate day = LocalDate.of(Integer.parseInt(w[2]), java.time.Month.valueOf(month.toUpperCase(Locale.ROOT)),
                    Integer.parseInt(w[0]));
            return oneDate(NEWS.extract(text, null), text, String.format(Locale.ROOT, "%sT%02d:%s", day, hour, w[3].substring(3)));
        }
        return "unreadable expectation " + english;
    }

    private static String searchAndParse(String text, JsonNode results) {
        Extraction e = NEWS.extract(text, LocalDate.of(2000, 1, 1));
        List<String> expected = new ArrayList<>();
        for (JsonNode r : results) {
            expected.add(DatePhrases.withoutPreposition(r.get("span").asText()) + " = " + LocalDateTime.parse(r.get("date_obj").asText()).toLocalDate());
        }
        List<String> got = e.dates().stream().map(d -> d.text() + " = " + d.value()).toList();
        return expected.equals(got) ? null : "expected " + expected + ", got " + got;
    }

    private static String applicable(String text, boolean applicable) {
        Extraction e = NEWS.extract(text, REFERENCE);
        boolean found = !e.dates().isEmpty() || !e.durations().isEmpty();
        return found == applicable ? null : (applicable ? "nothing found" : "found " + describe(e));
    }

    private static String describe(Extraction e) {
        List<String> all = new ArrayList<>();
        for (DateMention d : e.dates()) {
            all.add("[" + d.text() + "] " + d.value());
        }
        for (DurationMention d : e.durations()) {
            all.add("[" + d.text() + "] " + d.value());
        }
        return all.toString();
    }
}
