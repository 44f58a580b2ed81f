package dev.khabar.ner;

import dev.khabar.tokenize.Clitics;

import java.util.HashMap;
import java.util.Map;

/**
 * The spelling skeleton of a foreign place name, to link a location written otherwise than the open lists write it:
 * Arabic renders the vowels and some consonants of a foreign name in several ways (هيوستون / هيوستن, إدمنتون /
 * إدمونتون, وولفسبورج / فولفسبورغ). The skeleton drops long vowels, hamza seats and a final ة, and folds the letters that render
 * one foreign sound (g: غ ج ق ك; v/w at the start: و ف; t: ت ط; s: س ص). Only a skeleton that one country's places
 * share links, and only a long one (short skeletons collide by chance); Arabic names, with the article, are spelled
 * one way and do not take part.
 */
final class PlaceSpellings {
    /** Skeletons shorter than this (in letters) do not link: سيف, ريو would meet unrelated names. */
    static final int MIN_LETTERS = 4;

    /** Skeleton → the place, or {@link #AMBIGUOUS} when places of several countries share it. */
    private final Map<String, PlaceLinker.Place> places = new HashMap<>();
    private static final PlaceLinker.Place AMBIGUOUS = new PlaceLinker.Place("", "", null);

    void add(String key, PlaceLinker.Place place) {
        String s = skeleton(key);
        if (s.length() < MIN_LETTERS || Clitics.hasArticle(key)) {
            return;
        }
        PlaceLinker.Place old = places.putIfAbsent(s, place);
        if (old != null && old != AMBIGUOUS && !old.country().equals(place.country())) {
            places.put(s, AMBIGUOUS);
        } else if (old != null && old != AMBIGUOUS && !java.util.Objects.equals(old.geonamesId(), place.geonamesId())) {
            places.put(s, new PlaceLinker.Place(old.kind(), old.country(), null)); // two places: the country only
        }
    }

    /** The one place whose name has the skeleton of {@code key}, or null. */
    PlaceLinker.Place place(String key) {
        String s = skeleton(key);
        // a name with the article is Arabic, spelled one way (العريش is not العرائش)
        PlaceLinker.Place p = s.length() < MIN_LETTERS || Clitics.hasArticle(key) ? null : places.get(s);
        return p == AMBIGUOUS ? null : p;
    }

    /** The skeleton of a normalized name (words joined by one space). */
    static String skeleton(String key) {
        StringBuilder sb = new StringBuilder(key.length());
        boolean wordStart = true;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == ' ') {
                sb.append(' ');
                wordStart = true;
                continue;
            }
            char folded = switch (c) {
                case 'ا', 'ي', 'ء', 'ؤ', 'ئ' -> 0; // alef forms, ى and ة are already folded
                case 'ه' -> i + 1 == key.length() || key.charAt(i + 1) == ' ' ? 0 : c; // ة, normalized
                case 'و' -> wordStart ? 'ف' : 0;
                case 'غ', 'ج', 'ق', 'ك', 'گ' -> 'ج';
                case 'ط' -> 'ت';
                case 'ص' -> 'س';
                case 'ض' -> 'د';
                case 'ظ' -> 'ز';
                default -> c;
            };
            wordStart = false;
            if (folded != 0 && (sb.length() == 0 || sb.charAt(sb.length() - 1) != folded)) {
                sb.append(folded); // a doubled letter (وولف) counts once
            }
        }
        return sb.toString().strip();
    }
}
