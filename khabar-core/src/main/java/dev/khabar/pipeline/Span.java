package dev.khabar.pipeline;

/** A span of the caller's original text: UTF-16 offsets {@code [start, end)} and the text between them. */
public record Span(int start, int end, String text) {
}
