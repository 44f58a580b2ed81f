package dev.khabar.rules.date;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Writes an amount of a unit as an ISO 8601 duration: P28M, P2D, PT30M, P1Y6M, P20Y. */
final class IsoDuration {

    private IsoDuration() {
    }

    static String of(BigDecimal amount, String unit) {
        return switch (unit) {
            case "second" -> "PT" + plain(amount) + "S";
            case "minute" -> split(amount, 60, "PT", "M", "S");
            case "hour" -> split(amount, 60, "PT", "H", "M");
            case "day" -> split(amount, 24, "P", "D", "TH");
            case "week" -> isWhole(amount) ? "P" + plain(amount) + "W" : split(amount.multiply(BigDecimal.valueOf(7)), 24, "P", "D", "TH");
            case "month" -> split(amount, 30, "P", "M", "D");
            case "year" -> split(amount, 12, "P", "Y", "M");
            case "decade" -> "P" + plain(amount.multiply(BigDecimal.TEN)) + "Y";
            case "century" -> "P" + plain(amount.multiply(BigDecimal.valueOf(100))) + "Y";
            default -> throw new IllegalArgumentException(unit);
        };
    }

    /** A whole part in {@code big} and the rest in {@code small} (sub units per unit), when the rest is whole. */
    private static String split(BigDecimal amount, int per, String prefix, String big, String small) {
        BigDecimal whole = amount.setScale(0, RoundingMode.DOWN);
        BigDecimal rest = amount.subtract(whole).multiply(BigDecimal.valueOf(per)).setScale(2, RoundingMode.HALF_UP);
        if (rest.signum() == 0) {
            return prefix + plain(whole) + big;
        }
        if (!isWhole(rest.setScale(0, RoundingMode.HALF_UP).compareTo(rest) == 0 ? rest : BigDecimal.ONE.movePointLeft(1))) {
            return prefix + plain(amount.setScale(2, RoundingMode.HALF_UP)) + big;
        }
        String head = whole.signum() == 0 ? "" : plain(whole) + big;
        if (small.startsWith("T")) {
            return prefix + head + "T" + plain(rest) + small.substring(1);
        }
        return prefix + head + plain(rest) + small;
    }

    private static boolean isWhole(BigDecimal x) {
        return x.stripTrailingZeros().scale() <= 0;
    }

    private static String plain(BigDecimal x) {
        return x.stripTrailingZeros().toPlainString();
    }
}
