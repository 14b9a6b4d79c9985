package cn.statbrief.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import cn.statbrief.catalog.Period;
import cn.statbrief.ingest.PeriodParser;

/**
 * Decides, after validation, which period a run issues and whether it may. A period is
 * issued only when
 * <ul>
 * <li>it is the newest period among all input files, readable or not: a refused file
 * whose name gives a newer period stops the run (never fall back to an older period),
 * unless the operator names the period;</li>
 * <li>it holds data;</li>
 * <li>every zone of the catalog has reported, or is declared as not reporting for that
 * period;</li>
 * <li>no error touches it: errors in the files of that period, of the month before (rank
 * changes, month alone) or of the same period last year (growth). A file that could not
 * be read at all blocks nothing by itself; a readable file without a period does
 * block.</li>
 * </ul>
 * {@code partial} issues with the missing zones named; {@code draft} issues whatever the
 * data.
 */
public final class IssuePolicy {

	/** Why a run issues what it issues, or nothing. */
	public enum Verdict {

		/** Every rule holds: issued. */
		ISSUE,
		/**
		 * Zones are missing and the operator asked for a partial issue: issued, the
		 * missing zones named.
		 */
		PARTIAL,
		/**
		 * Rules are broken but the operator asked for a draft: drafted, never numbered.
		 */
		DRAFT,
		/** Errors touch the period. */
		ERRORS,
		/** Zones have not reported, or the period holds no data. */
		INCOMPLETE,
		/** A refused file names a newer period than the one the readable files give. */
		NEWER_FILE_UNREADABLE,
		/** No file gives a period at all. */
		NO_PERIOD;

		public boolean issues() {
			return this == ISSUE || this == PARTIAL || this == DRAFT;
		}

	}

	/**
	 * What the operator asked and what the run found.
	 *
	 * @param requested the period named on the command line, if any
	 * @param catalogZones every zone of the catalog, by name, in catalog order
	 * @param reported the zones with at least one value in the target period, by name
	 * @param notReporting the zones declared as not reporting for the target period
	 */
	public record Request(Optional<Period> requested, boolean draft, boolean partial, List<String> catalogZones) {
	}

	/**
	 * @param target the period the run is about, when there is one
	 * @param missing the zones that did not report (and are not declared)
	 * @param reasons why nothing was issued, or what a partial issue or draft leaves out;
	 * plain Chinese
	 */
	public record Decision(Optional<Period> target, Verdict verdict, long errors, long warnings, long unreadable,
			long blockingErrors, List<String> missing, List<String> reasons) {

		public boolean blocked() {
			return !this.verdict.issues();
		}

	}

	/** The figures of the candidate period that the completeness rules look at. */
	public interface PeriodContent {

		/** Zones with at least one value in the period, by name. */
		Set<String> reported(Period period);

		/** Zones declared (in configuration) as not reporting in the period, by name. */
		Set<String> declaredNotReporting(Period period);

	}

	public Decision decide(List<ReadFile> files, List<Finding> findings, Request request, PeriodContent content) {
		return decide(files, FindingCounts.of(findings), request, content);
	}

	public Decision decide(List<ReadFile> files, FindingCounts findings, Request request, PeriodContent content) {
		long errors = findings.errors();
		long warnings = findings.warnings();
		long unreadable = files.stream().filter(ReadFile::unreadable).count();
		Optional<Period> target = request.requested()
			.or(() -> periodsRead(files).stream().max(Comparator.naturalOrder()));
		List<String> reasons = new ArrayList<>();
		if (target.isEmpty()) {
			reasons.add(unreadable > 0 ? "没有可以读取的报表，无法确定期别，本次不出简报（无法读取的文件" + unreadable + "个，原因见校验报告）"
					: "报表中没有可以识别的期别（标题或文件名中的“2021年1-10月”之类），本次不出简报；请写明期别，或用 --period 指定");
			return new Decision(target, Verdict.NO_PERIOD, errors, warnings, unreadable, 0, List.of(), reasons);
		}
		Period period = target.get();
		if (request.requested().isEmpty()) {
			for (ReadFile file : files) {
				Optional<Period> named = file.unreadable() ? PeriodParser.fromFileName(file.fileName())
						: Optional.empty();
				if (named.isPresent() && named.get().compareTo(period) > 0) {
					reasons.add("最新一期（" + label(named.get()) + "）的报表“" + file.fileName() + "”无法读取（" + file.reason()
							+ "），不以较早的" + label(period) + "代替出简报；请重新报送该文件，或用 --period=" + period.key() + " 明确指定");
				}
			}
		}
		Set<String> relevant = files.stream()
			.filter(f -> f.period() == null ? !f.unreadable() : touches(period, f.period()))
			.map(ReadFile::fileName)
			.collect(Collectors.toSet());
		Set<String> readNow = files.stream().map(ReadFile::fileName).collect(Collectors.toSet());
		// An error about a file stored by an earlier run comes from checking this run's
		// periods against it:
		// it touches what this run would issue.
		long blocking = findings.errorsByFile()
			.entrySet()
			.stream()
			.filter(e -> relevant.contains(e.getKey()) || !readNow.contains(e.getKey()))
			.mapToLong(e -> e.getValue())
			.sum();
		Set<String> reported = content.reported(period);
		Set<String> declared = content.declaredNotReporting(period);
		List<String> missing = request.catalogZones()
			.stream()
			.filter(z -> !reported.contains(z) && !declared.contains(z))
			.toList();
		Verdict verdict;
		if (!reasons.isEmpty()) {
			verdict = Verdict.NEWER_FILE_UNREADABLE;
		}
		else if (reported.isEmpty()) {
			reasons.add(label(period) + "的报表中没有任何数据（可能报送的是空白模板），本次不出简报");
			verdict = Verdict.INCOMPLETE;
		}
		else if (blocking > 0) {
			reasons.add(label(period) + "有" + blocking + "个错误（见校验报告），按规定不出简报；改正后重新运行，或加 --draft 出草稿");
			verdict = Verdict.ERRORS;
		}
		else if (!missing.isEmpty() && !request.partial()) {
			reasons.add(String.join("、", missing) + "尚未报送" + label(period) + "的数据，本次不出简报；补报后重新运行，"
					+ "或加 --partial 出简报并在文中注明未报送的区市，或在配置 briefing.issue.not-reporting 中声明本期不报送的区市");
			verdict = Verdict.INCOMPLETE;
		}
		else {
			verdict = missing.isEmpty() ? Verdict.ISSUE : Verdict.PARTIAL;
		}
		// A draft of the period asked for, never of an older one in place of the newest.
		if (request.draft() && !verdict.issues() && verdict != Verdict.NO_PERIOD
				&& verdict != Verdict.NEWER_FILE_UNREADABLE) {
			reasons.add(0, "按 --draft 出草稿（不编期号、不发送），其中：");
			verdict = Verdict.DRAFT;
		}
		return new Decision(target, verdict, errors, warnings, unreadable, blocking, missing, List.copyOf(reasons));
	}

	/** The periods the readable files of a run give, oldest first. */
	public static Set<Period> periodsRead(List<ReadFile> files) {
		return files.stream()
			.map(ReadFile::period)
			.filter(Objects::nonNull)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	/** Whether figures of {@code period} go into the briefing of {@code target}. */
	private static boolean touches(Period target, Period period) {
		return period.equals(target) || period.equals(target.sameTimeLastYear())
				|| target.previousMonth().map(period::equals).orElse(false);
	}

	private static String label(Period period) {
		return period.year() + "年" + (period.month() == 1 ? "1月" : "1—" + period.month() + "月");
	}

}
