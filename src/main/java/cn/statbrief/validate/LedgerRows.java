package cn.statbrief.validate;

import java.util.List;

import cn.statbrief.ingest.DataRow;

/** A project ledger read one row at a time, for ledgers too large to hold in memory. */
@FunctionalInterface
public interface LedgerRows {

	/** Reads one row: its project, or the findings that keep it out. */
	void read(DataRow row, List<ProjectRecord> projects, List<Finding> findings);

}
