package cn.statbrief.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.junit.jupiter.api.Test;

import cn.statbrief.catalog.Period;
import cn.statbrief.narrate.Phrases;
import cn.statbrief.narrate.ProseStyle;
import cn.statbrief.rank.Rounding;

/** The period as a mail subject gives it. */
class IssueMailsTests {

	private static Phrases phrases(String monthDash) {
		return new Phrases(new ProseStyle(monthDash, new Rounding(RoundingMode.HALF_UP), 2, 3, BigDecimal.ZERO));
	}

	/**
	 * Regression: the subject hard-coded "1—", ignoring the configured dash and saying
	 * "1—1月" in January.
	 */
	@Test
	void mailSubjectPeriodFollowsTheConfiguredMonthDashAndSaysJanuaryAlone() {
		assertThat(IssueMails.periodLabel(phrases("—"), new Period(2021, 10))).isEqualTo("2021年1—10月");
		assertThat(IssueMails.periodLabel(phrases("-"), new Period(2021, 10))).isEqualTo("2021年1-10月");
		assertThat(IssueMails.periodLabel(phrases("—"), new Period(2022, 1))).isEqualTo("2022年1月");
	}

}
