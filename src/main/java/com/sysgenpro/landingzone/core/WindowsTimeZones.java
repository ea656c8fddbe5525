package com.sysgenpro.landingzone.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Windows names of the IANA time zones estates use. Azure's schedulers (Logic Apps recurrence triggers, among others)
 * take a Windows time zone id such as {@code Romance Standard Time}, while estates write IANA ids such as
 * {@code Europe/Brussels}; each entry follows the Unicode CLDR's windowsZones mapping. A zone missing here is refused
 * by the estate validator for environments with operating hours rather than guessed.
 */
public final class WindowsTimeZones {

    private static final Map<String, String> WINDOWS = new TreeMap<>(Map.ofEntries(
        Map.entry("UTC", "UTC"),
        Map.entry("Etc/UTC", "UTC"),
        Map.entry("Europe/London", "GMT Standard Time"),
        Map.entry("Europe/Dublin", "GMT Standard Time"),
        Map.entry("Europe/Lisbon", "GMT Standard Time"),
        Map.entry("Europe/Brussels", "Romance Standard Time"),
        Map.entry("Europe/Paris", "Romance Standard Time"),
        Map.entry("Europe/Madrid", "Romance Standard Time"),
        Map.entry("Europe/Copenhagen", "Romance Standard Time"),
        Map.entry("Europe/Amsterdam", "W. Europe Standard Time"),
        Map.entry("Europe/Berlin", "W. Europe Standard Time"),
        Map.entry("Europe/Luxembourg", "W. Europe Standard Time"),
        Map.entry("Europe/Zurich", "W. Europe Standard Time"),
        Map.entry("Europe/Vienna", "W. Europe Standard Time"),
        Map.entry("Europe/Rome", "W. Europe Standard Time"),
        Map.entry("Europe/Stockholm", "W. Europe Standard Time"),
        Map.entry("Europe/Oslo", "W. Europe Standard Time"),
        Map.entry("Europe/Prague", "Central Europe Standard Time"),
        Map.entry("Europe/Budapest", "Central Europe Standard Time"),
        Map.entry("Europe/Bratislava", "Central Europe Standard Time"),
        Map.entry("Europe/Ljubljana", "Central Europe Standard Time"),
        Map.entry("Europe/Belgrade", "Central Europe Standard Time"),
        Map.entry("Europe/Warsaw", "Central European Standard Time"),
        Map.entry("Europe/Zagreb", "Central European Standard Time"),
        Map.entry("Europe/Helsinki", "FLE Standard Time"),
        Map.entry("Europe/Riga", "FLE Standard Time"),
        Map.entry("Europe/Tallinn", "FLE Standard Time"),
        Map.entry("Europe/Vilnius", "FLE Standard Time"),
        Map.entry("Europe/Sofia", "FLE Standard Time"),
        Map.entry("Europe/Kyiv", "FLE Standard Time"),
        Map.entry("Europe/Athens", "GTB Standard Time"),
        Map.entry("Europe/Bucharest", "GTB Standard Time"),
        Map.entry("Europe/Istanbul", "Turkey Standard Time"),
        Map.entry("America/New_York", "Eastern Standard Time"),
        Map.entry("America/Toronto", "Eastern Standard Time"),
        Map.entry("America/Chicago", "Central Standard Time"),
        Map.entry("America/Denver", "Mountain Standard Time"),
        Map.entry("America/Los_Angeles", "Pacific Standard Time"),
        Map.entry("America/Sao_Paulo", "E. South America Standard Time"),
        Map.entry("Africa/Johannesburg", "South Africa Standard Time"),
        Map.entry("Asia/Dubai", "Arabian Standard Time"),
        Map.entry("Asia/Kolkata", "India Standard Time"),
        Map.entry("Asia/Singapore", "Singapore Standard Time"),
        Map.entry("Asia/Shanghai", "China Standard Time"),
        Map.entry("Asia/Hong_Kong", "China Standard Time"),
        Map.entry("Asia/Tokyo", "Tokyo Standard Time"),
        Map.entry("Australia/Perth", "W. Australia Standard Time"),
        Map.entry("Australia/Brisbane", "E. Australia Standard Time"),
        Map.entry("Australia/Sydney", "AUS Eastern Standard Time"),
        Map.entry("Australia/Melbourne", "AUS Eastern Standard Time"),
        Map.entry("Pacific/Auckland", "New Zealand Standard Time")));

    private WindowsTimeZones() {
    }

    /** The Windows id of IANA zone {@code iana}, if it is one this map knows. */
    public static Optional<String> of(String iana) {
        return Optional.ofNullable(iana == null ? null : WINDOWS.get(iana));
    }

    /** Every IANA zone with a Windows id, sorted: what a refusal lists. */
    public static List<String> accepted() {
        return List.copyOf(WINDOWS.keySet());
    }
}
