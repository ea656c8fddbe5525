package com.sysgenpro.landingzone.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sysgenpro.landingzone.governance.policy.Evaluation;
import com.sysgenpro.landingzone.governance.policy.Evaluation.Outcome;
import com.sysgenpro.landingzone.output.TerraformResource;
import com.sysgenpro.landingzone.testing.Synth;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * LZ-PIM-001 and LZ-PIM-002 around one eligible assignment's last day, 2027-05-29 (from 2026-12-01 for 180 days, as the
 * reference estate's {@code access.eligibilityEnd}): a warning from 30 days before it through it, an error from the day
 * after, nothing before the warning starts.
 */
class EligibilityRulesTest {

    private static final LocalDate LAST_DAY = LocalDate.of(2027, 5, 29);
    private static final String DUTY = "platform/access/erp-admins-contributor-eligible-bu-wholesale-prod";
    private static final String PARTNER = "platform/partners/odoo-partner/contributor-bu-wholesale-prod";

    private static Evaluation ending(LocalDate today, String body) {
        return new EligibilityEndingRule(today).evaluate(resource(body), CheckOnlyRulesTest.PLATFORM);
    }

    private static Evaluation ended(LocalDate today, String body) {
        return new EligibilityEndedRule(today).evaluate(resource(body), CheckOnlyRulesTest.PLATFORM);
    }

    private static TerraformResource resource(String body) {
        return new TerraformResource("platform", EligibilityWindow.TYPE, "subject", Synth.parse(body), Synth.parse("{}"));
    }

    /** The eligible assignment as synthesized, at construct path {@code path}. */
    private static String eligible(String path, String expiration) {
        return "{\"//\": {\"metadata\": {\"path\": \"" + path + "\"}}, \"schedule\": {\"start_date_time\": \"2026-12-01T00:00:00Z\","
            + " \"expiration\": " + expiration + "}}";
    }

    private static final String DAYS_180 = eligible(DUTY, "{\"duration_days\": 180}");

    @Test
    void warnsThirtyDaysBeforeTheLastDaySayingWhatToChange() {
        Evaluation warning = ending(LAST_DAY.minusDays(30), DAYS_180);

        assertThat(warning.outcome()).isEqualTo(Outcome.NON_COMPLIANT);
        assertThat(warning.message()).isEqualTo("eligibility ends soon: its last day is 2027-05-29 (UTC), 30 days after today"
            + " (2027-04-29); move access.eligibilityEnd forward (at most 365 days of eligibility; move access.eligibilityStart too"
            + " for longer) and apply, which replaces the duties' eligible assignments");
        assertThat(ended(LAST_DAY.minusDays(30), DAYS_180).outcome()).isEqualTo(Outcome.COMPLIANT);
    }

    @Test
    void isQuietThirtyOneDaysBefore() {
        assertThat(ending(LAST_DAY.minusDays(31), DAYS_180).outcome()).isEqualTo(Outcome.COMPLIANT);
        assertThat(ended(LAST_DAY.minusDays(31), DAYS_180).outcome()).isEqualTo(Outcome.COMPLIANT);
    }

    @Test
    void theLastDayItselfIsStillEligible() {
        assertThat(ended(LAST_DAY, DAYS_180).outcome()).isEqualTo(Outcome.COMPLIANT);
        assertThat(ending(LAST_DAY, DAYS_180).message()).startsWith("eligibility ends soon: today (2027-05-29) is its last day; ");
    }

    @Test
    void failsTheDayAfterTheLastDay() {
        Evaluation error = ended(LAST_DAY.plusDays(1), DAYS_180);

        assertThat(error.outcome()).isEqualTo(Outcome.NON_COMPLIANT);
        assertThat(error.message()).startsWith("eligibility ended: its last day was 2027-05-29 (UTC), 1 day before today (2027-05-30),"
            + " so it can no longer be activated");
        // Reported once: by the error, not also by the warning.
        assertThat(ending(LAST_DAY.plusDays(1), DAYS_180).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void namesThePartnerWhoseEndToMove() {
        assertThat(ended(LAST_DAY.plusDays(3), eligible(PARTNER, "{\"duration_days\": 180}")).message())
            .endsWith("3 days before today (2027-06-01), so it can no longer be activated and the next apply would re-create it with"
                + " an ended schedule; if partner 'odoo-partner' still needs access, move its end (access.partners[].end) forward,"
                + " at most 365 days of eligibility (move its start too for longer), and apply; otherwise remove the partner from"
                + " access.partners");
        assertThat(ending(LAST_DAY, eligible("hand/written", "{\"duration_days\": 180}")).message())
            .endsWith("move the estate's access.eligibilityEnd, or the partner's end in access.partners, forward and apply");
    }

    @Test
    void readsAnEndDateTimeAsTheInstantEligibilityStops() {
        // Ending at midnight: the day before is the last day.
        String midnight = eligible(DUTY, "{\"end_date_time\": \"2027-05-30T00:00:00Z\"}");
        assertThat(ended(LAST_DAY, midnight).outcome()).isEqualTo(Outcome.COMPLIANT);
        assertThat(ended(LAST_DAY.plusDays(1), midnight).outcome()).isEqualTo(Outcome.NON_COMPLIANT);
        // Ending during a day: that day is the last.
        String noon = eligible(DUTY, "{\"end_date_time\": \"2027-05-29T12:00:00+02:00\"}");
        assertThat(ended(LAST_DAY, noon).outcome()).isEqualTo(Outcome.COMPLIANT);
        assertThat(ended(LAST_DAY.plusDays(1), noon).outcome()).isEqualTo(Outcome.NON_COMPLIANT);
        String hours = eligible(DUTY, "{\"duration_hours\": 48}");
        assertThat(ended(LocalDate.of(2026, 12, 2), hours).outcome()).isEqualTo(Outcome.COMPLIANT);
        assertThat(ended(LocalDate.of(2026, 12, 3), hours).outcome()).isEqualTo(Outcome.NON_COMPLIANT);
    }

    @Test
    void doesNotApplyWithoutAKnownLastDay() {
        assertThat(ended(LAST_DAY, eligible(DUTY, "{}")).message()).startsWith("the schedule sets no expiration");
        assertThat(ending(LAST_DAY, "{\"schedule\": {\"start_date_time\": \"${var.start}\"}}").outcome())
            .isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(ended(LAST_DAY, eligible(DUTY, "{\"end_date_time\": \"${var.end}\"}")).outcome())
            .isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(ended(LAST_DAY, "{}").outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void failsToEvaluateWhenMadeOnlyForListing() {
        Rule listed = Rules.checkOnly().stream().filter(rule -> rule.id().equals(EligibilityEndedRule.ID)).findFirst().orElseThrow();

        assertThatThrownBy(() -> listed.evaluate(resource(DAYS_180), CheckOnlyRulesTest.PLATFORM))
            .isInstanceOf(IllegalStateException.class)
            .hasMessage("LZ-PIM-002 judges dates and was made without a day to judge against; evaluate the rules of"
                + " Rules.all(mandatoryTags, today) or Rules.checkOnly(today)");
    }

    @Test
    void theCheckerJudgesAgainstItsDay() {
        assertThat(Rules.all(java.util.List.of("owner"), LAST_DAY.plusDays(1))).filteredOn(rule -> rule.id().startsWith("LZ-PIM-"))
            .hasSize(2).allSatisfy(rule -> assertThat(rule.evaluate(resource(DAYS_180), CheckOnlyRulesTest.PLATFORM).outcome())
                .isIn(Outcome.NON_COMPLIANT, Outcome.NOT_APPLICABLE));
    }
}
