/**
 * Khabar: typed facts (organizations, persons, locations, dates, durations, counts, hashtags) from Arabic news text.
 * The API is {@code dev.khabar} and the JSON form {@code dev.khabar.json}; every other package is internal.
 */
module dev.khabar {
    exports dev.khabar;
    exports dev.khabar.json;

    requires com.ibm.icu;
    // Jackson's records and annotations appear in dev.khabar.json's signatures.
    requires transitive com.fasterxml.jackson.databind;
    // CoreNLP has no module descriptor: its jar names the automatic module in its manifest.
    requires edu.stanford.nlp.corenlp;
    // Khabar itself does not log; CoreNLP logs through SLF4J when SLF4J is in the module graph, so it is required
    // here to send CoreNLP's messages to the application's SLF4J provider.
    requires org.slf4j;

    // Jackson reads and writes the records and the codec's private formats by reflection.
    opens dev.khabar to com.fasterxml.jackson.databind;
    opens dev.khabar.json to com.fasterxml.jackson.databind;
}
