package cn.statbrief.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** The documents of a run cut for the workers: every document once, in order. */
class RenderPartitionsTests {

	@Test
	void everyDocumentIsInExactlyOnePartitionInCatalogOrder() {
		for (int documents : new int[] { 1, 16, 25, 26, 3001 }) {
			List<ExecutionContext> partitions = new ArrayList<>(
					new RenderPartitions(documents, 25).partition(0).values());
			assertThat(partitions).as("%d documents", documents).hasSize((documents + 24) / 25);
			int next = 0;
			for (ExecutionContext range : partitions) {
				assertThat(range.getInt(RenderPartitions.FROM)).isEqualTo(next);
				next = range.getInt(RenderPartitions.TO);
				assertThat(next - range.getInt(RenderPartitions.FROM)).isBetween(1, 25);
			}
			assertThat(next).isEqualTo(documents);
		}
	}

	@Test
	void partitionNamesSortInTheirOrder() {
		List<String> names = new ArrayList<>(new RenderPartitions(3001, 2).partition(0).keySet());
		assertThat(names).isSorted().hasSize(1501);
	}

}
