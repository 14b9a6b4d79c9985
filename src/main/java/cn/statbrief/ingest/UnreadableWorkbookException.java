package cn.statbrief.ingest;

/**
 * A file that cannot be read as a spreadsheet at all; the message is the one-line reason
 * for the receipt.
 */
public class UnreadableWorkbookException extends Exception {

	public UnreadableWorkbookException(String reason, Throwable cause) {
		super(reason, cause);
	}

}
