package cn.statbrief.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.statbrief.catalog.Period;

/** Which period a run issues, and which errors stop it. */
class IssuePolicyTests {

	private static final Period OCTOBER = new Period(2021, 10);

	private final IssuePolicy policy = new IssuePolicy();

	private static ReadFile read(String name, Period period) {
		return new ReadFile(name, period, "READ", null);
	}

	private static Finding error(String file) {
		return Finding.ofFile(file, Rule.UNPARSEABLE_NUMBER, "数值无法识别");
	}

	private static Finding warning(String file) {
		return Finding.ofFile(file, Rule.IMPLAUSIBLE_JUMP, "变化异常");
	}

	@Test
	void theNewestPeriodReadIsIssued() {
		var decision = this.policy.decide(List.of(read("9月.xlsx", new Period(2021, 9)), read("10月.xlsx", OCTOBER)),
				List.of(), Optional.empty(), Optional.empty(), false);
		assertThat(decision.target()).isEqualTo(OCTOBER);
		assertThat(decision.blocked()).isFalse();
	}

	@Test
	void thePeriodAskedForWinsOverTheNewest() {
		var decision = this.policy.decide(List.of(read("10月.xlsx", OCTOBER)), List.of(),
				Optional.of(new Period(2021, 9)), Optional.empty(), false);
		assertThat(decision.target()).isEqualTo(new Period(2021, 9));
	}

	@Test
	void errorsInThePeriodTheMonthBeforeOrLastYearBlock() {
		for (Period touching : List.of(OCTOBER, new Period(2021, 9), new Period(2020, 10))) {
			var decision = this.policy.decide(List.of(read("a.xlsx", touching), read("b.xlsx", OCTOBER)),
					List.of(error("a.xlsx"), warning("b.xlsx")), Optional.of(OCTOBER), Optional.empty(), false);
			assertThat(decision.blocked()).as("error in %s", touching).isTrue();
			assertThat(decision.blockingErrors()).isEqualTo(1);
			assertThat(decision.errors()).isEqualTo(1);
			assertThat(decision.warnings()).isEqualTo(1);
		}
	}

	@Test
	void errorsInAPeriodTheBriefingDoesNotUseDoNotBlock() {
		var decision = this.policy.decide(List.of(read("6月.xlsx", new Period(2021, 6)), read("10月.xlsx", OCTOBER)),
				List.of(error("6月.xlsx")), Optional.empty(), Optional.empty(), false);
		assertThat(decision.errors()).isEqualTo(1);
		assertThat(decision.blocked()).isFalse();
	}

	@Test
	void aDraftIsNotBlockedByErrors() {
		var decision = this.policy.decide(List.of(read("10月.xlsx", OCTOBER)), List.of(error("10月.xlsx")),
				Optional.empty(), Optional.empty(), true);
		assertThat(decision.blockingErrors()).isEqualTo(1);
		assertThat(decision.blocked()).isFalse();
	}

	@Test
	void aReadableFileWithoutPeriodBlocksAnUnreadableOneDoesNot() {
		ReadFile noPeriod = read("无期别.xlsx", null);
		ReadFile broken = new ReadFile("坏.xlsx", null, "UNREADABLE", "文件已损坏");
		var decision = this.policy.decide(List.of(noPeriod, broken, read("10月.xlsx", OCTOBER)),
				List.of(error("坏.xlsx")), Optional.empty(), Optional.empty(), false);
		assertThat(decision.blocked()).isFalse();
		assertThat(decision.unreadable()).isEqualTo(1);
		decision = this.policy.decide(List.of(noPeriod, read("10月.xlsx", OCTOBER)), List.of(error("无期别.xlsx")),
				Optional.empty(), Optional.empty(), false);
		assertThat(decision.blocked()).isTrue();
	}

	@Test
	void withoutAnyPeriodTheRunSaysSo() {
		assertThatThrownBy(() -> this.policy.decide(List.of(), List.of(), Optional.empty(), Optional.empty(), false))
			.hasMessageContaining("没有可以出简报的期别");
	}

}
