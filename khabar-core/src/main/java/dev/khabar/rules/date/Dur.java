package dev.khabar.rules.date;



/** A length of time over tokens [first, next). */
record Dur(int first, int start, int next, java.math.BigDecimal amount, String unit, String rule) {
}
