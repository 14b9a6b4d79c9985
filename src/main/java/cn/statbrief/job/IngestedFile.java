package cn.statbrief.job;

import java.nio.file.Path;

import cn.statbrief.validate.Interpretation;

/**
 * One input file after reading and the per-sheet rules: what it holds, or why it could not be read.
 * @param unreadable the one-line reason the file could not be read at all, or null
 */
record IngestedFile(Path path, String sha256, Interpretation content, String unreadable) {

	String fileName() {
		return this.path.getFileName().toString();
	}
}
