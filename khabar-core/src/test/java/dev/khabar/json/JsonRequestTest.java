package dev.khabar.json;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** A request's id is a string or a number, written back as given; Jackson's types stay inside. */
class JsonRequestTest {

    @Test
    void idsAreStringsOrNumbersAndComeBackAsGiven() throws Exception {
        JsonRequest named = JsonRequest.parse("{\"id\":\"d1\",\"text\":\"نص\",\"date\":\"2026-02-07\"}", "line:1");
        assertEquals("d1", named.id());
        assertEquals("\"d1\"", named.idKey());
        assertEquals(LocalDate.of(2026, 2, 7), named.date());
        JsonRequest numbered = JsonRequest.parse("{\"id\":7,\"text\":\"نص\"}", "line:2");
        assertEquals(7, ((Number) numbered.id()).intValue());
        assertEquals("7", numbered.idKey());
        assertEquals(7, JsonCodec.readTree(JsonCodec.errorJson(numbered.id(), "x")).get("id").intValue());
        JsonRequest decimal = JsonRequest.parse("{\"id\":12345678901234567890,\"text\":\"نص\"}", null);
        assertEquals(new BigDecimal("12345678901234567890"), new BigDecimal(decimal.id().toString()));
        assertEquals("line:3", JsonRequest.parse("{\"text\":\"نص\"}", "line:3").id());
        assertNull(JsonRequest.parse("{\"text\":\"نص\"}", null).id());
    }

    @Test
    void whatIsNoDocumentSaysWhy() {
        assertEquals("\"id\" must be a string or a number",
                JsonRequest.parse("{\"id\":true,\"text\":\"نص\"}", "line:4").error());
        assertEquals("line:4", JsonRequest.parse("{\"id\":{},\"text\":\"نص\"}", "line:4").id());
        assertEquals("no \"text\" string", JsonRequest.parse("{\"id\":\"a\"}", null).error());
        JsonRequest unreadable = JsonRequest.unreadable("f.txt", "not UTF-8 text");
        assertEquals("{\"id\":\"f.txt\",\"error\":\"not UTF-8 text\"}", unreadable.extractWith(r -> "never").json());
        assertSame(unreadable, unreadable.withDefaultDate(LocalDate.of(2026, 1, 1)));
    }

    @Test
    void aDefaultDateGoesOnlyWhereThereIsNone() {
        LocalDate given = LocalDate.of(2025, 5, 5);
        LocalDate fallback = LocalDate.of(2026, 1, 1);
        assertEquals(fallback, JsonRequest.of("a", "نص", null).withDefaultDate(fallback).date());
        assertEquals(given, JsonRequest.of("a", "نص", given).withDefaultDate(fallback).date());
        assertEquals(JsonRequest.of("a", "نص", fallback), JsonRequest.of("a", "نص", null).withDefaultDate(fallback));
    }

    @Test
    void noJacksonTypeInThePublicSignatures() {
        List<String> leaks = new ArrayList<>();
        for (Class<?> c : List.of(JsonRequest.class, JsonRequest.Response.class, JsonRequest.Failure.class)) {
            for (Method m : c.getMethods()) {
                if (!Modifier.isPublic(m.getModifiers())) {
                    continue;
                }
                List<Type> types = new ArrayList<>(List.of(m.getGenericParameterTypes()));
                types.add(m.getGenericReturnType());
                for (Type t : types) {
                    if (t.getTypeName().contains("com.fasterxml")) {
                        leaks.add(c.getSimpleName() + "." + m.getName() + ": " + t.getTypeName());
                    }
                }
            }
            for (var k : c.getConstructors()) {
                for (Type t : k.getGenericParameterTypes()) {
                    if (t.getTypeName().contains("com.fasterxml")) {
                        leaks.add(c.getSimpleName() + " constructor: " + t.getTypeName());
                    }
                }
            }
        }
        assertEquals(List.of(), leaks);
    }
}
