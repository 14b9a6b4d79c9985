package cn.statbrief.ingest;

import java.util.List;

/**
 * A data column's header, top row first: ["实际使用外资（万美元）", "同比增长%"].
 *
 * @param column zero-based column index
 * @param labels the header texts from top to bottom, merged cells filled in, repeats
 * removed
 * @param unitText a unit given in a separate unit row under the header, or empty
 * @param source the header cell of the lowest row
 */
public record ColumnHeader(int column, List<String> labels, String unitText, SourceCell source) {

	public ColumnHeader {
		labels = List.copyOf(labels);
	}

	public String text() {
		return String.join("/", this.labels);
	}
}
