package cn.statbrief.job;

import java.nio.file.Path;
import java.util.List;

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
 */
record IngestedFile(Path path, String sha256, Interpretation content, List<RawCell> cells, String unreadable,
		String submittedBy) {

	String fileName() {
		return this.path.getFileName().toString();
	}
}
