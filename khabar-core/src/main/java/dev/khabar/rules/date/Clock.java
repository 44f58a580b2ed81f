package dev.khabar.rules.date;

import java.time.ZoneOffset;

/** A time of day read from the text. */
final class Clock {
    int first;
    int start;
    int next;
    int hour;
    int minute;
    int second;
    boolean hasMinute;
    boolean hasSecond;
    String daypart;
    ZoneOffset zone;
}
