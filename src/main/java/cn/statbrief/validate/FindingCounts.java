package cn.statbrief.validate;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How many errors and warnings a run found, and the errors by file: what the issue policy
 * needs, without holding every finding (a ledger of 200,000 rows may have as many).
 */
public record FindingCounts(long errors, long warnings, Map<String, Long> errorsByFile) {

	public FindingCounts {
		errorsByFile = Map.copyOf(errorsByFile);
	}

	public static FindingCounts of(List<Finding> findings) {
		long errors = findings.stream().filter(Finding::isError).count();
		return new FindingCounts(errors, findings.size() - errors,
				findings.stream()
					.filter(Finding::isError)
					.collect(Collectors.groupingBy(Finding::file, Collectors.counting())));
	}

}
