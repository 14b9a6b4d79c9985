package cn.statbrief.validate;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import cn.statbrief.catalog.Period;

/**
 * Decides, after validation, which period a run issues and whether it may: errors in the
 * files of that period, of the month before (rank changes, month alone) or of the same
 * period last year (growth) stop the issue unless the run is a draft. A file that could
 * not be read at all blocks nothing by itself (its zones show as not reported, and the
 * run ends with its own exit code); a readable file without a period does block.
 */
public final class IssuePolicy {

	/** What the policy decided for a run. */
	public record Decision(Period target, long errors, long warnings, long unreadable, long blockingErrors,
			boolean blocked) {
	}

	/**
	 * @param files the files the run read
	 * @param findings every finding of the run
	 * @param requested the period asked for on the command line, if any
	 * @param newestStored the newest period with stored values, used when no file names a
	 * period
	 * @param draft whether the operator asked for a draft
	 * @throws IllegalStateException when there is no period at all to issue
	 */
	public Decision decide(List<ReadFile> files, List<Finding> findings, Optional<Period> requested,
			Optional<Period> newestStored, boolean draft) {
		Set<Period> periods = periodsRead(files);
		Period target = requested.or(() -> periods.stream().max(Comparator.naturalOrder()))
			.or(() -> newestStored)
			.orElseThrow(() -> new IllegalStateException("输入目录中没有可用的报表，也没有历史数据：没有可以出简报的期别"));
		Set<String> relevant = files.stream()
			.filter(f -> f.period() == null ? !f.unreadable() : touches(target, f.period()))
			.map(ReadFile::fileName)
			.collect(Collectors.toSet());
		long errors = findings.stream().filter(Finding::isError).count();
		long blocking = findings.stream().filter(f -> f.isError() && relevant.contains(f.file())).count();
		long unreadable = files.stream().filter(ReadFile::unreadable).count();
		return new Decision(target, errors, findings.size() - errors, unreadable, blocking, blocking > 0 && !draft);
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

}
