package demo;

import dev.khabar.*;
import dev.khabar.json.JsonCodec;
import java.time.*;
import java.nio.file.Files;
import java.nio.file.Path;

/** Extracts from each text file given, reads the JSON answer back, and prints what it found. */
public final class Consumer {
    public static void main(String[] args) throws Exception {
        Extractor extractor = Extractor.builder().build();
        LocalDate published = LocalDate.of(2026, Month.FEBRUARY, 7);
        for (String file : args) {
            Instant start = Instant.now();
            Extraction found = extractor.extract(Files.readString(Path.of(file)), published);
            String json = JsonCodec.toJson(file, found);
            if (!JsonCodec.fromJson(json).equals(found)) {
                throw new AssertionError("read back differently: " + json);
            }
            if (found.all().isEmpty()) {
                throw new AssertionError("nothing found in " + file);
            }
            // java.time.Duration by its simple name beside import dev.khabar.*: no Khabar type may shadow it
            Duration took = Duration.between(start, Instant.now());
            System.out.println(file + ": " + found.all().size() + " mentions, " + found.persons().size()
                    + " persons, " + found.dates().size() + " dates, " + found.durations().size() + " durations ("
                    + took.toMillis() + " ms)");
        }
    }
}
