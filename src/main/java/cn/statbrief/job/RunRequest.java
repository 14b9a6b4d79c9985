package cn.statbrief.job;

import java.nio.file.Path;
import java.util.Optional;

import cn.statbrief.catalog.Period;

/**
 * What the operator asked of a run, from its job parameters: the input folder or one
 * file, the period (if named), whether it is a draft, and whether zones that have not
 * reported may be left out (partial). Late-bound into the steps that need it.
 *
 * @param singleFile the one file read instead of the folder, if any
 */
public record RunRequest(Path inputDir, Optional<Path> singleFile, Optional<Period> period, boolean draft,
		boolean partial) {

	public static RunRequest of(String inputDir, String singleFile, String period, String draft, String partial) {
		return new RunRequest(Path.of(inputDir),
				singleFile == null || singleFile.isBlank() ? Optional.empty() : Optional.of(Path.of(singleFile)),
				period == null || period.isBlank() ? Optional.empty() : Optional.of(Period.parseKey(period)),
				Boolean.parseBoolean(draft), Boolean.parseBoolean(partial));
	}

	/** Where a file the run read lies. */
	public Path original(String fileName) {
		return this.singleFile.orElse(this.inputDir.resolve(fileName));
	}

	/**
	 * The period a file's own is replaced with: only when one file is read on its own.
	 */
	public Optional<Period> periodOverride() {
		return this.singleFile.isPresent() ? this.period : Optional.empty();
	}

}
