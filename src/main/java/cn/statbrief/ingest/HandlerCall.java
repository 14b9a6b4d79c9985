package cn.statbrief.ingest;

/**
 * Hands a sheet's rows on, telling the receiver's own failures apart from the parser's: a
 * damaged sheet is one finding, but a failure of the store or of a rule must stop the run
 * as it is.
 */
final class HandlerCall implements SheetRowHandler {

	/** The receiver's failure, carried past the reader's handling of damaged sheets. */
	static final class Failure extends RuntimeException {

		private final RuntimeException cause;

		Failure(RuntimeException cause) {
			super(cause.getMessage(), cause, false, false);
			this.cause = cause;
		}

		RuntimeException cause() {
			return this.cause;
		}

	}

	private final SheetRowHandler handler;

	HandlerCall(SheetRowHandler handler) {
		this.handler = handler;
	}

	@Override
	public void startSheet(String sheetName) {
		this.handler.startSheet(sheetName);
	}

	@Override
	public void row(int rowIndex, RawCell[] cells) {
		try {
			this.handler.row(rowIndex, cells);
		}
		catch (XlsxRows.UncalculatedFormula ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			throw new Failure(ex);
		}
	}

	@Override
	public void endSheet() {
		this.handler.endSheet();
	}

	@Override
	public void unreadableSheet(String sheetName) {
		this.handler.unreadableSheet(sheetName);
	}

}
