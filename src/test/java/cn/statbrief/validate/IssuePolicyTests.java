package cn.statbrief.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.statbrief.catalog.Period;

/** Which period a run issues, and every rule that stops it. */
class IssuePolicyTests {

	private static final Period OCTOBER = new Period(2021, 10);

	private static final Period SEPTEMBER = new Period(2021, 9);

	private static final List<String> ZONES = List.of("芝罘区", "莱山区", "烟台开发区");

	private final IssuePolicy policy = new IssuePolicy();

	private static ReadFile read(String name, Period period) {
		return new ReadFile(name, period, "READ", null);
	}

	private static ReadFile unreadable(String name) {
		return new ReadFile(name, null, "UNREADABLE", "文件不完整或已损坏");
	}

	private static Finding error(String file) {
		return Finding.ofFile(file, Rule.UNPARSEABLE_NUMBER, "数值无法识别");
	}

	private static Finding warning(String file) {
		return Finding.ofFile(file, Rule.IMPLAUSIBLE_JUMP, "变化异常");
	}

	private static IssuePolicy.Request asked(Optional<Period> period, boolean draft, boolean partial) {
		return new IssuePolicy.Request(period, draft, partial, ZONES);
	}

	private static IssuePolicy.Request plain() {
		return asked(Optional.empty(), false, false);
	}

	/** Every zone reported in every period, none declared. */
	private static IssuePolicy.PeriodContent complete() {
		return content(Map.of(), Set.of());
	}

	private static IssuePolicy.PeriodContent content(Map<Period, Set<String>> reported, Set<String> declared) {
		return new IssuePolicy.PeriodContent() {
			@Override
			public Set<String> reported(Period period) {
				return reported.getOrDefault(period, Set.copyOf(ZONES));
			}

			@Override
			public Set<String> declaredNotReporting(Period period) {
				return declared;
			}
		};
	}

	@Test
	void theNewestPeriodReadIsIssued() {
		var decision = this.policy.decide(List.of(read("9月.xlsx", SEPTEMBER), read("10月.xlsx", OCTOBER)), List.of(),
				plain(), complete());
		assertThat(decision.target()).hasValue(OCTOBER);
		assertThat(decision.verdict()).isEqualTo(IssuePolicy.Verdict.ISSUE);
		assertThat(decision.reasons()).isEmpty();
	}

	@Test
	void thePeriodAskedForWinsOverTheNewest() {
		var decision = this.policy.decide(List.of(read("10月.xlsx", OCTOBER)), List.of(),
				asked(Optional.of(SEPTEMBER), false, false), complete());
		assertThat(decision.target()).hasValue(SEPTEMBER);
	}

	@Test
	void errorsInThePeriodTheMonthBeforeOrLastYearBlock() {
		for (Period touching : List.of(OCTOBER, SEPTEMBER, new Period(2020, 10))) {
			var decision = this.policy.decide(List.of(read("a.xlsx", touching), read("b.xlsx", OCTOBER)),
					List.of(error("a.xlsx"), warning("b.xlsx")), asked(Optional.of(OCTOBER), false, false), complete());
			assertThat(decision.verdict()).as("error in %s", touching).isEqualTo(IssuePolicy.Verdict.ERRORS);
			assertThat(decision.blockingErrors()).isEqualTo(1);
			assertThat(decision.errors()).isEqualTo(1);
			assertThat(decision.warnings()).isEqualTo(1);
			assertThat(decision.reasons()).containsExactly("2021年1—10月有1个错误（见校验报告），按规定不出简报；改正后重新运行，或加 --draft 出草稿");
		}
	}

	@Test
	void errorsInAPeriodTheBriefingDoesNotUseDoNotBlock() {
		var decision = this.policy.decide(List.of(read("6月.xlsx", new Period(2021, 6)), read("10月.xlsx", OCTOBER)),
				List.of(error("6月.xlsx")), plain(), complete());
		assertThat(decision.errors()).isEqualTo(1);
		assertThat(decision.verdict()).isEqualTo(IssuePolicy.Verdict.ISSUE);
	}

	@Test
	void aDraftIsMadeWhateverBlocksAndSaysWhat() {
		var decision = this.policy.decide(List.of(read("10月.xlsx", OCTOBER)), List.of(error("10月.xlsx")),
				asked(Optional.empty(), true, false), complete());
		assertThat(decision.verdict()).isEqualTo(IssuePolicy.Verdict.DRAFT);
		assertThat(decision.blocked()).isFalse();
		assertThat(decision.reasons()).hasSize(2).first().asString().contains("草稿");
	}

	@Test
	void aReadableFileWithoutPeriodBlocksAnUnreadableOneDoesNot() {
		ReadFile noPeriod = read("无期别.xlsx", null);
		var decision = this.policy.decide(List.of(noPeriod, unreadable("坏.xlsx"), read("10月.xlsx", OCTOBER)),
				List.of(error("坏.xlsx")), plain(), complete());
		assertThat(decision.verdict()).isEqualTo(IssuePolicy.Verdict.ISSUE);
		assertThat(decision.unreadable()).isEqualTo(1);
		decision = this.policy.decide(List.of(noPeriod, read("10月.xlsx", OCTOBER)), List.of(error("无期别.xlsx")), plain(),
				complete());
		assertThat(decision.verdict()).isEqualTo(IssuePolicy.Verdict.ERRORS);
	}

	@Test
	void aRefusedFileNamingANewerPeriodStopsTheRunInsteadOfIssuingTheOlderOne() {
		var decision = this.policy.decide(
				List.of(read("2021年1-9月.xlsx", SEPTEMBER), unreadable("烟台市招商引资主要指标-2021-10.xlsx")), List.of(), plain(),
				complete());
		assertThat(decision.verdict()).isEqualTo(IssuePolicy.Verdict.NEWER_FILE_UNREADABLE);
		assertThat(decision.target()).hasValue(SEPTEMBER);
		assertThat(decision.reasons()).singleElement()
			.asString()
			.contains("最新一期（2021年1—10月）的报表“烟台市招商引资主要指标-2021-10.xlsx”无法读取（文件不完整或已损坏）")
			.contains("不以较早的2021年1—9月代替出简报")
			.contains("--period=2021-09");
		// Named on the command line, the older period is the operator's choice.
		assertThat(this.policy
			.decide(List.of(read("2021年1-9月.xlsx", SEPTEMBER), unreadable("指标-2021-10.xlsx")), List.of(),
					asked(Optional.of(SEPTEMBER), false, false), complete())
			.verdict()).isEqualTo(IssuePolicy.Verdict.ISSUE);
	}

	@Test
	void aPeriodWithoutDataIsNotIssued() {
		var decision = this.policy.decide(List.of(read("填报模板-2021-10.xlsx", OCTOBER)), List.of(), plain(),
				content(Map.of(OCTOBER, Set.of()), Set.of()));
		assertThat(decision.verdict()).isEqualTo(IssuePolicy.Verdict.INCOMPLETE);
		assertThat(decision.reasons()).singleElement().asString().contains("没有任何数据（可能报送的是空白模板）");
	}

	@Test
	void aZoneThatHasNotReportedStopsTheIssueUnlessDeclaredOrPartial() {
		var content = content(Map.of(OCTOBER, Set.of("芝罘区", "烟台开发区")), Set.of());
		var decision = this.policy.decide(List.of(read("10月.xlsx", OCTOBER)), List.of(), plain(), content);
		assertThat(decision.verdict()).isEqualTo(IssuePolicy.Verdict.INCOMPLETE);
		assertThat(decision.missing()).containsExactly("莱山区");
		assertThat(decision.reasons()).singleElement()
			.asString()
			.startsWith("莱山区尚未报送2021年1—10月的数据")
			.contains("--partial");

		var partial = this.policy.decide(List.of(read("10月.xlsx", OCTOBER)), List.of(),
				asked(Optional.empty(), false, true), content);
		assertThat(partial.verdict()).isEqualTo(IssuePolicy.Verdict.PARTIAL);
		assertThat(partial.missing()).containsExactly("莱山区");

		var declared = this.policy.decide(List.of(read("10月.xlsx", OCTOBER)), List.of(), plain(),
				content(Map.of(OCTOBER, Set.of("芝罘区", "烟台开发区")), Set.of("莱山区")));
		assertThat(declared.verdict()).isEqualTo(IssuePolicy.Verdict.ISSUE);
		assertThat(declared.missing()).isEmpty();
	}

	@Test
	void withoutAnyPeriodTheRunSaysWhy() {
		var onlyBroken = this.policy.decide(List.of(unreadable("坏.xlsx")), List.of(), plain(), complete());
		assertThat(onlyBroken.verdict()).isEqualTo(IssuePolicy.Verdict.NO_PERIOD);
		assertThat(onlyBroken.target()).isEmpty();
		assertThat(onlyBroken.reasons()).singleElement().asString().contains("没有可以读取的报表");
		var noTitle = this.policy.decide(List.of(read("报表.xlsx", null)), List.of(), plain(), complete());
		assertThat(noTitle.reasons()).singleElement().asString().contains("没有可以识别的期别");
	}

	/** Review: an error about a file an earlier run stored blocked nothing. */
	@Test
	void anErrorAboutAFileStoredEarlierBlocksToo() {
		var decision = this.policy.decide(List.of(read("莱山区-2021-10.xlsx", OCTOBER)),
				List.of(error("芝罘区-2021-10.xlsx")), asked(Optional.of(OCTOBER), false, false), complete());
		assertThat(decision.verdict()).isEqualTo(IssuePolicy.Verdict.ERRORS);
	}

	@Test
	void aDraftIsNeverMadeOfAnOlderPeriodInPlaceOfTheNewest() {
		var decision = this.policy.decide(
				List.of(read("2021年1-9月.xlsx", SEPTEMBER), unreadable("烟台市招商引资主要指标-2021-10.xlsx")), List.of(),
				asked(Optional.empty(), true, false), complete());
		assertThat(decision.verdict()).isEqualTo(IssuePolicy.Verdict.NEWER_FILE_UNREADABLE);
		assertThat(decision.blocked()).isTrue();
	}

}
