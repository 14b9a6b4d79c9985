package cn.statbrief.job;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import cn.statbrief.catalog.Period;
import cn.statbrief.ingest.RawCell;
import cn.statbrief.validate.Interpretation;

/**
 * One input file after reading and the per-sheet rules: what it holds, or why it could
 * not be read.
 *
 * @param cells every cell read from the file's tables (headers and data rows), accepted
 * or not
 * @param unreadable the one-line reason the file could not be read at all, or null
 * @param submittedBy who the file comes from, for the audit trail
 * @param ledgerRowsLeftOut whether its ledger rows are still to be streamed into the
 * store
 * @param periodOverride the period the command line gives the file, if any
 * @param calculated whether its formulas had to be calculated (a ledger is then streamed
 * from a calculated copy)
 */
record IngestedFile(Path path, String sha256, Interpretation content, List<RawCell> cells, String unreadable,
		String submittedBy, boolean ledgerRowsLeftOut, Optional<Period> periodOverride, boolean calculated) {

	String fileName() {
		return this.path.getFileName().toString();
	}
}
