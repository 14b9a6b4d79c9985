package cn.statbrief.job;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The render step cut into partitions for the workers: consecutive runs of at most
 * {@code size} documents of the run's list (the bulletin, then the zones in catalog
 * order). Each partition names its documents (a worker whose catalog lacks one fails on
 * it by name instead of rendering another zone's briefing) and its place in the list,
 * {@code [from, to)}, for the log.
 */
final class RenderPartitions implements Partitioner {

	static final String FROM = "from";

	static final String TO = "to";

	static final String DOCUMENTS = "documents";

	private final List<String> documents;

	private final int size;

	RenderPartitions(List<String> documents, int size) {
		this.documents = documents;
		this.size = size;
	}

	/** The grid size is not asked: the number follows from the documents and the size. */
	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		for (int from = 0, n = 0; from < this.documents.size(); from += this.size, n++) {
			int to = Math.min(this.documents.size(), from + this.size);
			ExecutionContext range = new ExecutionContext();
			range.putInt(FROM, from);
			range.putInt(TO, to);
			range.put(DOCUMENTS, new ArrayList<>(this.documents.subList(from, to)));
			partitions.put(String.format("partition%05d", n), range);
		}
		return partitions;
	}

}
