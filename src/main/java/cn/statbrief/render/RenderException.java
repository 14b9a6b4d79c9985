package cn.statbrief.render;

/** A document that cannot be produced, with the reason an operator can act on. */
public class RenderException extends RuntimeException {

	public RenderException(String message) {
		super(message);
	}

	public RenderException(String message, Throwable cause) {
		super(message, cause);
	}

}
