package cn.statbrief.narrate;

import java.util.List;

/**
 * A document whose length is bounded: the renderer lays it out and, while it runs past
 * its pages, takes the next of its shorter forms. Only the layout knows how long a
 * paragraph of Chinese runs in its fonts, so the limit is measured, not estimated.
 */
public interface PageBudget {

	/** The most pages it may take; 0 for no limit. */
	int maxPages();

	/**
	 * Its shorter forms, each shorter than the one before, with the same {@code data()};
	 * empty when nothing may be left out.
	 */
	List<? extends FactLookup> shorter();

}
