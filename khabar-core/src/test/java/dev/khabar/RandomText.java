package dev.khabar;

import java.util.Random;

/** Random strings made to stress offsets: Arabic with marks, digits of two scripts, emoji, lone surrogates. */
final class RandomText {
    private static final String[] PIECES = {
            "ا", "أ", "إ", "آ", "ب", "ت", "ة", "ى", "ي", "ل", "و", "م", "ن", "ع", "ش", "ر", "ه", "ء", "ؤ", "ئ",
            "\u064B", "\u064E", "\u0650", "\u0651", "\u0652", "\u0670", "\u0640", // harakat, dagger alef, tatweel
            "0", "1", "7", "9", "٠", "٣", "٩", "۴", "٫", "٬", ".", ",", "/", "-", "%", "٪", ":",
            "#", "＃", "_", " ", " ", " ", "\n", "،", "؛", "؟", "«", "»", "(", ")",
            "a", "Z", "é", "\uFEFB", "\uFDF2", "\uFF11", "\u200C", "\u200F", "\u200E", "\u061C", "\uFEFF",
            "\uD83D\uDE00", "\u270C\uFE0F", "\uD800", "\uDC00", "\u0000", "\uFFFF",
            " مليون ", " ألف ", " يناير ", "2023", " عام ", " حركة ", " حماس ", " أكثر من ", " في المئة ", " دولار ",
            " أسيرًا ", " شهرًا ", " اليوم ", " أمس ", " منظمة ", " الأمم المتحدة ", " #وسم_عربي ", " http://x.co/#a ",
    };

    private RandomText() {
    }

    static String next(Random random, int maxPieces) {
        int n = random.nextInt(maxPieces + 1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }
}
