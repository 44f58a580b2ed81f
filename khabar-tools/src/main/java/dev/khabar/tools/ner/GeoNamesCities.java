package dev.khabar.tools.ner;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** GeoNames as Debian's libgeonames packages it: the city database compiled into the library, and Arabic names. */
final class GeoNamesCities {
    private GeoNamesCities() {
    }

    record City(long id, String country, long population) {
    }

    /**
     * The records of libgeonames' {@code cities.compiled} (extracted with {@code gresource}): id, name, admin code,
     * state, country code, country, time zone, each NUL-terminated, then the population as a little-endian int at
     * the next multiple of four.
     */
    static List<City> cities(Path lib) throws IOException {
        Path tmp = Files.createTempFile("cities", ".compiled");
        try {
            Process p = new ProcessBuilder("gresource", "extract", lib.toString(), "/com/lomiri/geonames/cities.compiled")
                    .redirectOutput(tmp.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            if (p.waitFor() != 0) {
                throw new IOException("gresource extract failed for " + lib);
            }
            byte[] bytes = Files.readAllBytes(tmp);
            String s = new String(bytes, StandardCharsets.ISO_8859_1);
            Matcher m = Pattern.compile("(\\d+)\0[^\0]*\0[^\0]*\0[^\0]*\0([A-Z]{2})\0[^\0]*\0[A-Za-z_/\\-]+\0").matcher(s);
            List<City> out = new ArrayList<>();
            ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            while (m.find()) {
                int at = (m.end() + 3) & ~3;
                out.add(new City(Long.parseLong(m.group(1)), m.group(2), buf.getInt(at) & 0xffffffffL));
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** A GNU gettext .mo file as msgid → msgstr (GeoNames' Arabic names by GeoNames id). */
    static Map<String, String> readMo(Path mo) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(mo)).order(ByteOrder.LITTLE_ENDIAN);
        if (b.getInt(0) != 0x950412de) {
            b.order(ByteOrder.BIG_ENDIAN);
        }
        int n = b.getInt(8);
        int orig = b.getInt(12);
        int trans = b.getInt(16);
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < n; i++) {
            out.put(string(b, b.getInt(orig + 8 * i + 4), b.getInt(orig + 8 * i)),
                    string(b, b.getInt(trans + 8 * i + 4), b.getInt(trans + 8 * i)));
        }
        return out;
    }

    private static String string(ByteBuffer b, int offset, int length) {
        byte[] s = new byte[length];
        b.get(offset, s);
        return new String(s, StandardCharsets.UTF_8);
    }
}
