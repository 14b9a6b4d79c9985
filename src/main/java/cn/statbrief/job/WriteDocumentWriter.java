package cn.statbrief.job;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import cn.statbrief.deliver.OutputFolder;
import cn.statbrief.render.RenderedDocument;

/**
 * Writes each rendered document as .pdf and .docx into output/&lt;period&gt;/,
 * atomically.
 */
final class WriteDocumentWriter implements ItemWriter<RenderedDocument>, StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(WriteDocumentWriter.class);

	private final Path outputRoot;

	private OutputFolder folder;

	private final AtomicInteger written = new AtomicInteger();

	private final int documents;

	private final boolean cleansOutput;

	private int total;

	/**
	 * @param documents how many documents the run has
	 * @param cleansOutput whether half-written files are removed first (not by a worker's
	 * partition: other workers write beside it)
	 */
	WriteDocumentWriter(Path outputRoot, int documents, boolean cleansOutput) {
		this.outputRoot = outputRoot;
		this.documents = documents;
		this.cleansOutput = cleansOutput;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.folder = new OutputFolder(this.outputRoot, RunContext.period(stepExecution.getJobExecution()).key());
		if (this.cleansOutput) {
			// A run killed while writing left temporary files; the restart renders those
			// again.
			this.folder.removeUnfinished();
		}
		var range = stepExecution.getExecutionContext();
		this.total = range.containsKey(RenderPartitions.DOCUMENTS)
				? ((List<?>) range.get(RenderPartitions.DOCUMENTS)).size() : this.documents;
		this.written.set(0);
	}

	@Override
	public void write(Chunk<? extends RenderedDocument> documents) {
		for (RenderedDocument document : documents) {
			this.folder.write(document.baseName() + ".pdf", document.pdf());
			this.folder.write(document.baseName() + ".docx", document.docx());
			log.info("已生成 {}/{}：{}.pdf / .docx", this.written.incrementAndGet(), this.total, document.baseName());
		}
	}

}
