package dev.khabar.bench;

import java.util.List;

/**
 * Texts built to find work that grows faster than the text: long runs of one kind of char, and long texts without
 * a space. Each is a unit repeated up to the wanted length (the last repeat is cut).
 */
public final class AdversarialText {

    /** A named unit to repeat. */
    public record Kind(String name, String unit) {
        public String ofLength(int chars) {
            StringBuilder sb = new StringBuilder(chars + unit.length());
            while (sb.length() < chars) {
                sb.append(unit);
            }
            sb.setLength(chars);
            return sb.toString();
        }
    }

    public static final List<Kind> KINDS = List.of(
            new Kind("digits", "9"),
            new Kind("digits with separators", "12,345.6/7-8:9%"),
            new Kind("Arabic-Indic digits", "١٢٣٤٥٦٧٨٩٠٫٬"),
            new Kind("hash signs", "#"),
            new Kind("underscores", "_"),
            new Kind("hashtags glued together", "#وسم_عربي"),
            new Kind("tatweel", "\u0640"),
            new Kind("harakat", "\u064E\u0651\u0650"),
            new Kind("letters with harakat", "بَ"),
            new Kind("letters without spaces", "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"),
            new Kind("vocabulary without spaces", "ألفمليونيناير2023عامالأممالمتحدةأكثرمنشهرًا"),
            new Kind("number words", "ألف مليون مئة وعشرون "),
            new Kind("month names and years", "يناير 2023 كانون الثاني 1445 هـ "),
            new Kind("prepositions", "في "),
            new Kind("capitalised Latin without spaces", "NewYorkUnitedNations"),
            new Kind("mixed symbols", "#_ـ9٫,/%«»()ً"));

    private AdversarialText() {
    }
}
