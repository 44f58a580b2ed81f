package dev.khabar.tools.ner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static dev.khabar.tools.ner.KnowledgeFilters.arabicOnly;

/** {@code demonyms.tsv}: ArWikiCats' nationality adjectives by ISO country code. */
final class DemonymList {
    private static final List<String> FORMS = List.of("male", "males", "female", "females", "the_male", "the_female");

    private DemonymList() {
    }

    /** {@code countryByName}: normalized country names (Arabic keys, English lower case) → ISO alpha-2 code. */
    static void write(KnowledgeFilters filters, Path knowledge, Map<String, String> countryByName, Path out)
            throws IOException {
        JsonNode root = new ObjectMapper().readTree(knowledge.resolve("arwikicats/nationalities_data.json").toFile());
        Map<String, TreeSet<String>> forms = new TreeMap<>();
        for (Iterator<JsonNode> it = root.elements(); it.hasNext(); ) {
            JsonNode e = it.next();
            String cc = countryByName.get(filters.key(e.path("ar").asText("")));
            if (cc == null) {
                cc = countryByName.get(e.path("en").asText("").toLowerCase());
            }
            if (cc == null) {
                continue;
            }
            TreeSet<String> set = forms.computeIfAbsent(cc, k -> new TreeSet<>());
            for (String field : FORMS) {
                String form = e.path(field).asText("").strip();
                if (!form.isEmpty() && arabicOnly(form) && !form.contains(" ")) {
                    set.add(filters.key(form));
                    if (field.equals("males") || field.equals("females")) {
                        set.add(filters.key("ال" + form));
                    }
                }
            }
        }
        try (PrintWriter w = KnowledgeBuilder.writer(out)) {
            w.print("""
                    # Nationality adjectives by country, from ArWikiCats' nationalities_data.json (MIT; see
                    # LICENSE-knowledge.md): masculine, feminine and plural, bare and definite, normalized. An adjective
                    # inside an organization's name gives its country (وزارة الخارجية المغربية → MA); a form that is also
                    # a country's name (السعودية) is the adjective, not the place, right after a definite noun
                    # (الحكومة السعودية). Written by KnowledgeBuilder; do not edit by hand.
                    # FORMAT: COUNTRY (ISO 3166-1 alpha-2)<TAB>FORMS (normalized, |-separated)
                    # EXAMPLE: وقالت الحكومة السعودية في بيان => !السعودية
                    # EXAMPLE: وزار الوزير السعودية الأسبوع الماضي => السعودية
                    """);
            forms.forEach((cc, set) -> w.print(cc + "\t" + String.join("|", set) + "\n"));
        }
        System.out.println(forms.size() + " countries with demonyms");
    }
}
