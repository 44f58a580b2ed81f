package dev.khabar.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Texts built to find work that grows faster than the text: long runs of one kind of char, long texts without a
 * space, and words that start or continue a name, a date or a count, repeated. Each is a unit repeated up to the
 * wanted length (the last repeat is cut).
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

    /** Runs of chars and texts without spaces: the normalizer, the tokenizer and the number reader. */
    public static final List<Kind> CHARS = List.of(
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

    /**
     * Words that continue a name, a date or a count, repeated: organization chains, gazetteer names, royal titles,
     * «» lists, acronyms, the document pass's repeated names, dates, ranges and counts with their parts.
     */
    public static final List<Kind> PHRASES = List.of(
            new Kind("org trigger: every one in turn", String.join(" ", triggers()) + " "),
            new Kind("org chain with genitives", "وزارة الاتصالات وتقنية المعلومات "),
            new Kind("org chain with ل-phrases", "اللجنة الوطنية لحقوق الإنسان للأمم "),
            new Kind("long name: الأمم المتحدة", "الأمم المتحدة "),
            new Kind("gazetteer names in turn", "منظمة الصحة العالمية وحلف شمال الأطلسي والمملكة العربية السعودية "),
            new Kind("name with acronym", "منظمة الصحة العالمية (WHO) "),
            new Kind("quoted names listed", "حملة «الأشرطة الحمراء» و"),
            new Kind("royal title and lineage", "مستشفى الملك فهد بن عبدالعزيز بن "),
            new Kind("person's name and short form", "قال جلال طالباني إن طالباني "),
            new Kind("club short names", "لاعب الهلال والنصر والاتحاد مباراة "),
            new Kind("dates", "الأحد 25 شوال 1436هـ الموافق 8 أكتوبر/تشرين الأول 2023 "),
            new Kind("date ranges", "بين 9 و12 فبراير "),
            new Kind("relative dates", "اليوم السبت أمس الأسبوع المقبل "),
            new Kind("counts with parts", "نحو 7500 حالة اعتقال، من بينهم 56 سيدة، "),
            new Kind("money and ranges", "بين 10 و20 مليون دولار "));

    /** The kinds {@code bench --adversarial} times: chars, then several triggers one by one, then phrases. */
    public static final List<Kind> KINDS = kinds(List.of("مجلس", "وزارة", "اتحاد", "جامعة", "مستشفى", "حزب"));

    /** Every trigger noun of {@code org-triggers.tsv}, each repeated by itself. */
    public static List<Kind> allTriggers() {
        return triggers().stream().map(AdversarialText::trigger).toList();
    }

    private static List<Kind> kinds(List<String> someTriggers) {
        List<Kind> out = new ArrayList<>(CHARS);
        someTriggers.forEach(t -> out.add(trigger(t)));
        out.addAll(PHRASES);
        return List.copyOf(out);
    }

    private static Kind trigger(String word) {
        return new Kind("org trigger: " + word, word + " ");
    }

    /** The trigger nouns of the NER stage's {@code org-triggers.tsv}, as written there. */
    public static List<String> triggers() {
        String resource = "dev/khabar/ner/org-triggers.tsv";
        try (InputStream in = AdversarialText.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " not on the class path");
            }
            List<String> out = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.split("\t", -1)[0].strip());
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private AdversarialText() {
    }
}
