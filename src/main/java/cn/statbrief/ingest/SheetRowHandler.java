package cn.statbrief.ingest;

/** Receives a workbook's sheets row by row, as a streaming reader produces them. */
interface SheetRowHandler {

	void startSheet(String sheetName);

	/**
	 * @param rowIndex zero-based row index
	 * @param cells the row's cells by zero-based column; null where a cell is empty
	 */
	void row(int rowIndex, RawCell[] cells);

	void endSheet();

	/**
	 * The sheet begun could not be read to its end (its XML is damaged); the workbook's
	 * other sheets go on.
	 */
	default void unreadableSheet(String sheetName) {
	}

}
