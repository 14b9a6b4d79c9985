package cn.statbrief.job;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The render step cut into partitions for the workers: consecutive runs of at most
 * {@code size} documents of the run's list (the bulletin, then the zones in catalog
 * order), each given as a range {@code [from, to)} into that list, which every machine
 * reads from the same catalog.
 */
final class RenderPartitions implements Partitioner {

	static final String FROM = "from";

	static final String TO = "to";

	private final int documents;

	private final int size;

	RenderPartitions(int documents, int size) {
		this.documents = documents;
		this.size = size;
	}

	/** The grid size is not asked: the number follows from the documents and the size. */
	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		for (int from = 0, n = 0; from < this.documents; from += this.size, n++) {
			ExecutionContext range = new ExecutionContext();
			range.putInt(FROM, from);
			range.putInt(TO, Math.min(this.documents, from + this.size));
			partitions.put(String.format("partition%05d", n), range);
		}
		return partitions;
	}

}
