package dev.khabar.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.khabar.Extractor;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * One document to extract from, as read from a JSON object {@code {"id", "text", "date"}} (id and date optional), or
 * the reason it could not be read. Used by {@code khabar batch} and {@code khabar serve}. Immutable.
 */
public final class JsonRequest {
    /** Raw control chars (a tab, a lone CR) inside strings are taken as they are: producers write them, and a
     *  document is not lost for one. */
    private static final ObjectReader READER = JsonCodec.MAPPER.reader()
            .with(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS);

    /** The id as given: a string or a number node; null for none. */
    private final JsonNode id;
    private final String text;
    private final LocalDate date;
    private final String error;

    private JsonRequest(JsonNode id, String text, LocalDate date, String error) {
        this.id = id;
        this.text = text;
        this.date = date;
        this.error = error;
    }

    /**
     * A document whose fields are already known (a text file, say).
     *
     * @param id   its id, or null
     * @param text its text
     * @param date its publication date, or null
     * @return the request
     */
    public static JsonRequest of(String id, String text, LocalDate date) {
        return new JsonRequest(id == null ? null : TextNode.valueOf(id), java.util.Objects.requireNonNull(text, "text"),
                date, null);
    }

    /**
     * A document that could not be read: its result is the error record {@code {"id", "error"}}.
     *
     * @param id    its id, or null
     * @param error why it could not be read
     * @return the request
     */
    public static JsonRequest unreadable(String id, String error) {
        return new JsonRequest(id == null ? null : TextNode.valueOf(id), null, null,
                java.util.Objects.requireNonNull(error, "error"));
    }

    /**
     * Reads one JSON object; never throws.
     *
     * @param json      the object's JSON text
     * @param defaultId the id of the document when the object has none (or cannot be read), or null
     * @return the request, or the reason the object is unusable ({@link #error()})
     */
    public static JsonRequest parse(String json, String defaultId) {
        JsonNode id = defaultId == null ? null : TextNode.valueOf(defaultId);
        JsonNode node;
        try {
            node = READER.readTree(json);
        } catch (JsonProcessingException e) {
            return failure(id, "not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return failure(id, "not a JSON object");
        }
        JsonNode idNode = node.get("id");
        if (idNode != null && !idNode.isNull()) {
            if (!idNode.isTextual() && !idNode.isNumber()) {
                return failure(id, "\"id\" must be a string or a number");
            }
            id = idNode;
        }
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual()) {
            return failure(id, "no \"text\" string");
        }
        LocalDate date = null;
        JsonNode dateNode = node.get("date");
        if (dateNode != null && !dateNode.isNull()) {
            if (!dateNode.isTextual()) {
                return failure(id, "\"date\" must be a string YYYY-MM-DD");
            }
            try {
                date = LocalDate.parse(dateNode.asText().trim());
            } catch (DateTimeParseException e) {
                return failure(id, "bad \"date\": " + dateNode.asText());
            }
        }
        return new JsonRequest(id, text.asText(), date, null);
    }

    private static JsonRequest failure(JsonNode id, String message) {
        return new JsonRequest(id, null, null, message);
    }

    /**
     * This document with {@code date} as its publication date when it has none; an unreadable one stays as it is.
     *
     * @param date the publication date to give
     * @return the request with the date
     */
    public JsonRequest withDefaultDate(LocalDate date) {
        return error != null || this.date != null ? this : new JsonRequest(id, text, date, null);
    }

    /**
     * The document's id as given: a {@link String}, or a {@link Number} for a numeric id (written back as the same
     * number by {@link JsonCodec#toJson(Object, dev.khabar.Extraction)}); null when it has none.
     *
     * @return the id, or null
     */
    public Object id() {
        if (id == null) {
            return null;
        }
        return id.isTextual() ? id.asText() : id.numberValue();
    }

    /**
     * The text, or null when the input was unusable.
     *
     * @return the text, or null
     */
    public String text() {
        return text;
    }

    /**
     * The publication date, or null.
     *
     * @return the date, or null
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Why the input is unusable, or null when it is a document.
     *
     * @return the reason, or null
     */
    public String error() {
        return error;
    }

    /**
     * The id as one string, equal for equal ids: its JSON text ({@code "d1"} with quotes, {@code 8}).
     *
     * @return the id's JSON text; the word {@code null} when there is none
     */
    public String idKey() {
        return String.valueOf(id);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JsonRequest r && java.util.Objects.equals(id, r.id) && java.util.Objects.equals(text, r.text)
                && java.util.Objects.equals(date, r.date) && java.util.Objects.equals(error, r.error);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(id, text, date, error);
    }

    @Override
    public String toString() {
        return "JsonRequest[id=" + idKey() + ", date=" + date + (error == null ? ", " + (text == null ? 0
                : text.length()) + " chars" : ", error=" + error) + "]";
    }

    /**
     * Extracts and returns the document's JSON line, or the error record {@code {"id", "error"}} when the input was
     * unusable, the extractor refused the text (too long) or failed. Never throws for one document's sake: a
     * {@link StackOverflowError} or an {@link OutOfMemoryError} in this document is its error record too, since the
     * JVM can go on once the document's memory and stack are let go.
     *
     * @param extractor the extractor
     * @return the line or the error record
     */
    public Response extractWith(Extractor extractor) {
        return extractWith(r -> JsonCodec.toJson(r.id, extractor.extract(r.text(), r.date())));
    }

    /**
     * As {@link #extractWith(Extractor)}, with {@code extraction} making the document's JSON line.
     *
     * @param extraction makes the JSON line of a readable document
     * @return the line or the error record
     */
    public Response extractWith(java.util.function.Function<JsonRequest, String> extraction) {
        if (error != null) {
            return new Response(JsonCodec.errorJson(id, error), error, Failure.INPUT, null);
        }
        try {
            return new Response(extraction.apply(this), null, null, null);
        } catch (IllegalArgumentException e) {
            // The extractor's documented refusal (a text over Builder.maxLength): the input's fault.
            return failed(Failure.INPUT, e);
        } catch (dev.khabar.WorkLimitExceededException e) {
            return failed(Failure.WORK_LIMIT, e);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return failed(Failure.INTERNAL, e);
        }
    }

    private Response failed(Failure kind, Throwable e) {
        String message = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return new Response(JsonCodec.errorJson(id, message), message, kind, e);
    }

    /**
     * Why a document has no result: its input could not be read or was refused (a client error); it needed more
     * work than {@code Extractor.Builder.maxWork} allows (a well-formed document too hard for the limit: sending it
     * again will not help); or a failure inside the extractor (a bug, or the JVM out of memory or stack).
     */
    public enum Failure {
        /** The input could not be read or was refused: the client's fault. */
        INPUT,
        /** The document needed more work than the limit allows. */
        WORK_LIMIT,
        /** A failure inside the extractor. */
        INTERNAL
    }

    /**
     * A document's JSON line, or an error record, its message, whose fault it was and what was thrown (null for
     * input that could not be read).
     */
    public record Response(String json, String error, Failure failure, Throwable cause) {
        /**
         * True for an error record.
         *
         * @return whether there is no result
         */
        public boolean isError() {
            return error != null;
        }
    }
}
