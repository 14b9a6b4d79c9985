package cn.statbrief.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.transaction.support.TransactionTemplate;

import cn.statbrief.store.Findings;
import cn.statbrief.store.ObservationStore;
import cn.statbrief.store.RawCells;

/**
 * Stores each file's accepted values (replacing what the file stored before) and its
 * findings.
 */
final class StoreFileWriter implements ItemWriter<IngestedFile>, StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(StoreFileWriter.class);

	static final String STAGE = "READ";

	private final ObservationStore store;

	private final RawCells rawCells;

	private final Findings findings;

	private final LedgerStream ledgers;

	private long jobInstanceId;

	private final TransactionTemplate ownTransaction;

	StoreFileWriter(ObservationStore store, RawCells rawCells, Findings findings, LedgerStream ledgers,
			TransactionTemplate ownTransaction) {
		this.ownTransaction = ownTransaction;
		this.ledgers = ledgers;
		this.rawCells = rawCells;
		this.findings = findings;
		this.store = store;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.jobInstanceId = stepExecution.getJobExecution().getJobInstanceId();
	}

	@Override
	public void write(Chunk<? extends IngestedFile> files) {
		for (IngestedFile file : files) {
			// Committed on its own, and so is each batch of a streamed ledger; a run
			// killed half-way through a
			// file reads it again from the start, and storing a file replaces what it
			// stored before.
			this.ownTransaction.executeWithoutResult(status -> {
				this.store.replaceFile(this.jobInstanceId, file.fileName(), file.sha256(), file.content(),
						file.unreadable() == null ? "READ" : "UNREADABLE", file.unreadable(), file.submittedBy());
				this.rawCells.replace(file.fileName(), file.cells());
				this.findings.replace(this.jobInstanceId, STAGE, file.fileName(), file.content().findings());
			});
			LedgerStream.Counts ledger = file.ledgerRowsLeftOut() ? this.ledgers.store(file, this.jobInstanceId, STAGE)
					: LedgerStream.Counts.NONE;
			log.info("已读取 {}：采用{}项{}，问题{}个{}", file.fileName(), file.content().observations().size(),
					ledger.projects() > 0 ? "、项目" + ledger.projects() + "个" : "",
					file.content().findings().size() + ledger.findings(),
					file.unreadable() == null ? "" : "（拒收：" + file.unreadable() + "）");
		}
	}

}
