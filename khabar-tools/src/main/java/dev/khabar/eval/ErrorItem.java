package dev.khabar.eval;

/**
 * A gold mention that was missed ({@code missed}) or an extracted one that matched nothing, with its cause
 * ({@link ErrorCauses}) and the mention that explains it ({@code counterpart}, empty when none).
 */
public record ErrorItem(String id, String type, boolean missed, int start, int end, String text, String value,
                        String cause, String counterpart) {
    @Override
    public String toString() {
        return String.join("\t", id, type, missed ? "MISSED" : "FALSE", "[" + start + "," + end + ")", text, value,
                cause, counterpart);
    }
}
