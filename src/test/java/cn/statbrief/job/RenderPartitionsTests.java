package cn.statbrief.job;

import static org.assertj.core.api.Assertions.assertThat;

import cn.statbrief.issue.RunDocuments;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** The documents of a run cut for the workers: every document once, in order. */
class RenderPartitionsTests {

	@Test
	void everyDocumentIsInExactlyOnePartitionInCatalogOrder() {
		for (int documents : new int[] { 1, 16, 25, 26, 3001 }) {
			List<String> names = names(documents);
			List<ExecutionContext> partitions = new ArrayList<>(new RenderPartitions(names, 25).partition(0).values());
			assertThat(partitions).as("%d documents", documents).hasSize((documents + 24) / 25);
			List<Object> handedOut = new ArrayList<>();
			int next = 0;
			for (ExecutionContext range : partitions) {
				assertThat(range.getInt(RenderPartitions.FROM)).isEqualTo(next);
				next = range.getInt(RenderPartitions.TO);
				List<?> mine = (List<?>) range.get(RenderPartitions.DOCUMENTS);
				assertThat(mine).hasSize(next - range.getInt(RenderPartitions.FROM)).hasSizeBetween(1, 25);
				handedOut.addAll(mine);
			}
			assertThat(handedOut).isEqualTo(names);
		}
	}

	@Test
	void partitionNamesSortInTheirOrder() {
		List<String> keys = new ArrayList<>(new RenderPartitions(names(3001), 2).partition(0).keySet());
		assertThat(keys).isSorted().hasSize(1501);
	}

	private static List<String> names(int documents) {
		List<String> names = new ArrayList<>(List.of(RunDocuments.CITY_BULLETIN));
		for (int i = 1; i < documents; i++) {
			names.add("区县" + i);
		}
		return names;
	}

}
