package dev.khabar.rules.date;



/** Calendar fields read from the text, before the missing ones are filled in. */
final class CalendarFields {
    int first;
    int start;
    int next;
    Integer year;
    Integer month;
    Integer day;
    boolean dayIsOrdinal;
    boolean dayIsBare;
    boolean hijri;
    boolean hijriMarked;
    boolean gregorianMarked;
    boolean twoDigitYear;
    int weekday;
    Integer monthOffset;
    Integer yearOffset;
    int monthDirection = Integer.MIN_VALUE;
    /** The month is "the same" one (الشهر نفسه), taken from the date before. */
    boolean sameMonth;
    String rule;

    CalendarFields copy() {
        CalendarFields c = new CalendarFields();
        c.first = first;
        c.start = start;
        c.next = next;
        c.year = year;
        c.month = month;
        c.day = day;
        c.dayIsOrdinal = dayIsOrdinal;
        c.hijri = hijri;
        c.hijriMarked = hijriMarked;
        c.gregorianMarked = gregorianMarked;
        c.twoDigitYear = twoDigitYear;
        c.weekday = weekday;
        c.monthOffset = monthOffset;
        c.yearOffset = yearOffset;
        c.monthDirection = monthDirection;
        c.sameMonth = sameMonth;
        c.rule = rule;
        return c;
    }
}
