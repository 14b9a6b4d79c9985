package cn.statbrief.ingest;

/**
 * Receives the tables of a workbook as they are read: a header, then its rows one by one.
 */
public interface TableSink {

	/**
	 * @param table the table's file, sheet, kind, title and columns (its rows list is
	 * empty)
	 */
	void startTable(TableSheet table);

	void row(DataRow row);

	void endTable();

	/** A sheet with no recognisable table (instructions, a chart, an empty sheet). */
	void skippedSheet(String sheetName);

	/** A sheet whose XML is damaged: what it gave so far is to be dropped. */
	default void unreadableSheet(String sheetName) {
	}

	/** Who last saved the workbook, from its document properties, when it says. */
	default void author(String name) {
	}

}
