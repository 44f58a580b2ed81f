/** The date and duration stages: Gregorian, Hijri and relative dates, times of day, ranges and lengths of time. Internal. */
package dev.khabar.rules.date;
