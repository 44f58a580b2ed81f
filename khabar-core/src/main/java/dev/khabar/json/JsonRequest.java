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
 * the reason it could not be read. Used by {@code khabar batch} and {@code khabar serve}.
 *
 * @param id    the document's id as a JSON node (a string or a number as given, or the caller's default)
 * @param text  the text, or null when {@code error} is set
 * @param date  the publication date, or null
 * @param error why the input is unusable, or null
 */
public record JsonRequest(JsonNode id, String text, LocalDate date, String error) {
    /** Raw control chars (a tab, a lone CR) inside strings are taken as they are: producers write them, and a
     *  document is not lost for one. */
    private static final ObjectReader READER = JsonCodec.mapper().reader()
            .with(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS);

    /** A document whose fields are already known (a text file, say). */
    public static JsonRequest of(String id, String text, LocalDate date) {
        return new JsonRequest(TextNode.valueOf(id), text, date, null);
    }

    /** Reads one JSON object; never throws. {@code defaultId} names the document when the object has no id. */
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

    /** The id as one string, equal for equal ids: its JSON text ({@code "d1"} with quotes, {@code 8}). */
    public String idKey() {
        return String.valueOf(id);
    }

    /**
     * Extracts and returns the document's JSON line, or the error record {@code {"id", "error"}} when the input was
     * unusable, the extractor refused the text (too long) or failed. Never throws for one document's sake: a
     * {@link StackOverflowError} or an {@link OutOfMemoryError} in this document is its error record too, since the
     * JVM can go on once the document's memory and stack are let go.
     */
    public Response extractWith(Extractor extractor) {
        return extractWith(r -> JsonCodec.toJson(r.id(), extractor.extract(r.text(), r.date())));
    }

    /** As {@link #extractWith(Extractor)}, with {@code extraction} making the document's JSON line. */
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
    public enum Failure { INPUT, WORK_LIMIT, INTERNAL }

    /**
     * A document's JSON line, or an error record, its message, whose fault it was and what was thrown (null for
     * input that could not be read).
     */
    public record Response(String json, String error, Failure failure, Throwable cause) {
        public boolean isError() {
            return error != null;
        }
    }
}
