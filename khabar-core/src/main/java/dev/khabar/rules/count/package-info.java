/** The count stage: numbers with what they count, qualifiers, percentages and money. Internal. */
package dev.khabar.rules.count;
