package com.sysgenpro.landingzone.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sysgenpro.landingzone.governance.policy.Evaluation;
import com.sysgenpro.landingzone.governance.policy.Evaluation.Outcome;
import com.sysgenpro.landingzone.output.StackContext;
import com.sysgenpro.landingzone.output.TerraformResource;
import com.sysgenpro.landingzone.testing.Synth;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * LZ-ENV-001 and LZ-ENV-002 around one temporary environment's last day, 2027-03-31: a warning from 14 days before it
 * through it, an error from the day after, nothing before the warning starts, and nothing for permanent environments.
 */
class EnvironmentExpiryRulesTest {

    private static final LocalDate LAST_DAY = LocalDate.of(2027, 3, 31);
    private static final StackContext TEMPORARY = CheckOnlyRulesTest.temporary(LAST_DAY);

    private static Evaluation expiring(LocalDate today, StackContext stack) {
        return new EnvironmentExpiringRule(today).evaluate(budget(stack), stack);
    }

    private static Evaluation expired(LocalDate today, StackContext stack) {
        return new EnvironmentExpiredRule(today).evaluate(budget(stack), stack);
    }

    private static TerraformResource budget(StackContext stack) {
        return new TerraformResource(stack.name(), EnvironmentExpiry.TYPE, "budget", Synth.parse("{\"name\": \"budget-" + stack.name()
            + "\"}"), Synth.parse("{}"));
    }

    @Test
    void warnsThirteenDaysBeforeTheLastDayNamingTheStackTheDayAndTheFix() {
        Evaluation warning = expiring(LAST_DAY.minusDays(13), TEMPORARY);

        assertThat(warning.outcome()).isEqualTo(Outcome.NON_COMPLIANT);
        assertThat(warning.message()).isEqualTo("temporary environment acme-analytics expires soon: its last day is 2027-03-31 (UTC),"
            + " 13 days after today (2027-03-18); if it is still needed, extend it (move expires of environment 'analytics' of business"
            + " unit 'acme' forward) and apply; otherwise remove the environment from the estate, which destroys its resources");
        assertThat(expired(LAST_DAY.minusDays(13), TEMPORARY).outcome()).isEqualTo(Outcome.COMPLIANT);
    }

    @Test
    void warnsFromFourteenDaysBefore() {
        assertThat(expiring(LAST_DAY.minusDays(14), TEMPORARY).outcome()).isEqualTo(Outcome.NON_COMPLIANT);
    }

    @Test
    void isQuietFifteenDaysBefore() {
        assertThat(expiring(LAST_DAY.minusDays(15), TEMPORARY).outcome()).isEqualTo(Outcome.COMPLIANT);
        assertThat(expired(LAST_DAY.minusDays(15), TEMPORARY).outcome()).isEqualTo(Outcome.COMPLIANT);
    }

    @Test
    void theLastDayItselfIsStillAWarning() {
        assertThat(expired(LAST_DAY, TEMPORARY).outcome()).isEqualTo(Outcome.COMPLIANT);
        assertThat(expiring(LAST_DAY, TEMPORARY).message())
            .startsWith("temporary environment acme-analytics expires soon: today (2027-03-31) is its last day; ");
    }

    @Test
    void failsAfterTheLastDayNamingTheStackTheDayAndTheFix() {
        Evaluation error = expired(LAST_DAY.plusDays(2), TEMPORARY);

        assertThat(error.outcome()).isEqualTo(Outcome.NON_COMPLIANT);
        assertThat(error.message()).isEqualTo("temporary environment acme-analytics has expired: its last day was 2027-03-31 (UTC),"
            + " 2 days before today (2027-04-02); its budget has ended while its resources still run and are billed; if it is still"
            + " needed, extend it (move expires of environment 'analytics' of business unit 'acme' forward) and apply; otherwise"
            + " remove the environment from the estate, which destroys its resources");
        // Reported once: by the error, not also by the warning.
        assertThat(expiring(LAST_DAY.plusDays(2), TEMPORARY).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void permanentEnvironmentsHaveNoLastDayToPassAndOtherStacksAreNotJudged() {
        StackContext permanent = CheckOnlyRulesTest.temporary(null);

        assertThat(expiring(LAST_DAY, permanent).outcome()).isEqualTo(Outcome.COMPLIANT);
        assertThat(expired(LAST_DAY.plusYears(10), permanent).outcome()).isEqualTo(Outcome.COMPLIANT);
        assertThat(expired(LAST_DAY, CheckOnlyRulesTest.PLATFORM).message()).isEqualTo("not an environment's stack");
        assertThat(expiring(LAST_DAY, CheckOnlyRulesTest.PLATFORM).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void aRuleMadeForListingRefusesToJudge() {
        assertThatThrownBy(() -> expired(null, TEMPORARY)).isInstanceOf(IllegalStateException.class).hasMessageContaining("LZ-ENV-002");
    }
}
