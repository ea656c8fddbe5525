package com.sysgenpro.landingzone.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.output.ResourceTypes;
import com.sysgenpro.landingzone.output.TerraformResource;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last day an eligible (PIM) assignment of synthesized Terraform can be activated, read from its schedule, and what
 * in the estate moves it: what {@link EligibilityEndingRule} and {@link EligibilityEndedRule} share.
 *
 * <p>The schedule ends at {@code start_date_time} plus {@code expiration.duration_days} (or {@code duration_hours}), or
 * at {@code expiration.end_date_time}; the last day is the UTC day of the last instant before that end, so an
 * assignment ending at {@code 2027-05-30T00:00:00Z} can be activated through 2027-05-29, as the landing zone writes
 * {@code access.eligibilityEnd} and partners' {@code end}.
 *
 * @param lastDay the last day (UTC), or {@code null} when it is not known offline
 * @param unknownBecause why the last day is not known; {@code null} when it is
 */
record EligibilityWindow(LocalDate lastDay, String unknownBecause) {

    /** The resource type both rules read. */
    static final String TYPE = ResourceTypes.PIM_ELIGIBLE_ROLE_ASSIGNMENT;

    /** A partner's assignments sit under {@code partners/<name>/} ({@code PartnerAccess}); its policies under {@code activation}. */
    private static final Pattern PARTNER = Pattern.compile("(?:^|/)partners/([^/]+)/[^/]+$");
    /** The duties' assignments sit under the platform stack's {@code access} construct ({@code SeparationOfDuties}). */
    private static final Pattern DUTY = Pattern.compile("(?:^|/)access/[^/]+$");

    static EligibilityWindow of(TerraformResource resource) {
        JsonNode schedule = StackQueries.block(resource.body(), "schedule");
        String startText = StackQueries.text(schedule, "start_date_time");
        if (startText == null || StackQueries.isReference(startText)) {
            return unknown("the schedule has no literal start_date_time, so the last day is known only in Azure");
        }
        Instant start = instant(startText);
        if (start == null) {
            return unknown("start_date_time '" + startText + "' is not an RFC 3339 date and time");
        }
        JsonNode expiration = StackQueries.block(schedule, "expiration");
        String endText = StackQueries.text(expiration, "end_date_time");
        Instant end;
        if (endText != null) {
            end = StackQueries.isReference(endText) ? null : instant(endText);
            if (end == null) {
                return unknown("end_date_time '" + endText + "' is not a literal RFC 3339 date and time");
            }
        } else if (expiration.path("duration_days").canConvertToLong() && expiration.path("duration_days").isNumber()) {
            end = start.plus(expiration.path("duration_days").asLong(), ChronoUnit.DAYS);
        } else if (expiration.path("duration_hours").canConvertToLong() && expiration.path("duration_hours").isNumber()) {
            end = start.plus(expiration.path("duration_hours").asLong(), ChronoUnit.HOURS);
        } else {
            return unknown("the schedule sets no expiration: the assignment is eligible until removed, with no last day to judge");
        }
        return new EligibilityWindow(LocalDate.ofInstant(end.minusNanos(1), ZoneOffset.UTC), null);
    }

    /** What to change in the estate to move the last day, by who the assignment is for. */
    static String renewal(TerraformResource resource) {
        String path = resource.constructPath() == null ? "" : resource.constructPath();
        Matcher partner = PARTNER.matcher(path);
        if (partner.find() && !partner.group(1).equals("activation")) {
            return "if partner '" + partner.group(1) + "' still needs access, move its end (access.partners[].end) forward, at most"
                + " 365 days of eligibility (move its start too for longer), and apply; otherwise remove the partner from access.partners";
        }
        if (DUTY.matcher(path).find()) {
            return "move access.eligibilityEnd forward (at most 365 days of eligibility; move access.eligibilityStart too for"
                + " longer) and apply, which replaces the duties' eligible assignments";
        }
        return "move the estate's access.eligibilityEnd, or the partner's end in access.partners, forward and apply";
    }

    private static EligibilityWindow unknown(String because) {
        return new EligibilityWindow(null, because);
    }

    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
