package cn.statbrief.catalog;

/** A catalog file that cannot be used, with a message for the person who edits it. */
public class CatalogException extends RuntimeException {

	public CatalogException(String message) {
		super(message);
	}

	public CatalogException(String message, Throwable cause) {
		super(message, cause);
	}

}
