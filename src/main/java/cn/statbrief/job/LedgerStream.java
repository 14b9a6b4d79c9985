package cn.statbrief.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.transaction.support.TransactionTemplate;

import cn.statbrief.ingest.DataRow;
import cn.statbrief.ingest.RawCell;
import cn.statbrief.ingest.TableSheet;
import cn.statbrief.ingest.TableSink;
import cn.statbrief.ingest.UnreadableWorkbookException;
import cn.statbrief.ingest.WorkbookReader;
import cn.statbrief.store.Findings;
import cn.statbrief.store.ObservationStore;
import cn.statbrief.store.RawCells;
import cn.statbrief.validate.Finding;
import cn.statbrief.validate.LedgerRows;
import cn.statbrief.validate.ProjectRecord;
import cn.statbrief.validate.Rule;
import cn.statbrief.validate.SheetInterpreter;

/**
 * A file's project ledger streamed into the store a batch at a time: its projects, its
 * cells and its findings, so that a ledger of 200,000 rows (every one with a finding,
 * even) never sits in memory.
 */
final class LedgerStream {

	private static final int BATCH = 2000;

	/** What a ledger added. */
	record Counts(long projects, long findings) {

		static final Counts NONE = new Counts(0, 0);

	}

	private final WorkbookReader reader;

	private final SheetInterpreter interpreter;

	private final ObservationStore store;

	private final RawCells rawCells;

	private final Findings findings;

	private final TransactionTemplate ownTransaction;

	/**
	 * @param ownTransaction commits each batch on its own: a ledger held in one
	 * transaction would sit in the database's memory until its end
	 */
	LedgerStream(WorkbookReader reader, SheetInterpreter interpreter, ObservationStore store, RawCells rawCells,
			Findings findings, TransactionTemplate ownTransaction) {
		this.ownTransaction = ownTransaction;
		this.reader = reader;
		this.interpreter = interpreter;
		this.store = store;
		this.rawCells = rawCells;
		this.findings = findings;
	}

	Counts store(IngestedFile file, long jobInstanceId, String stage) {
		long[] counts = { 0, 0 };
		List<ProjectRecord> projects = new ArrayList<>();
		List<Finding> found = new ArrayList<>();
		List<RawCell> cells = new ArrayList<>();
		Runnable flush = () -> {
			this.ownTransaction.executeWithoutResult(status -> {
				this.store.addProjects(projects);
				this.findings.add(jobInstanceId, stage, found);
				this.rawCells.add(file.fileName(), cells);
			});
			counts[0] += projects.size();
			counts[1] += found.size();
			projects.clear();
			found.clear();
			cells.clear();
		};
		try {
			// Sheets the first reading found damaged are not read again: their finding
			// stands, their rows do not.
			Set<String> damaged = file.content()
				.findings()
				.stream()
				.filter(f -> f.rule() == Rule.UNREADABLE_SHEET)
				.map(Finding::sheet)
				.collect(Collectors.toSet());
			TableSink sink = new TableSink() {

				private Optional<LedgerRows> ledger = Optional.empty();

				@Override
				public void startTable(TableSheet table) {
					this.ledger = table.kind() == TableSheet.Kind.LEDGER && !damaged.contains(table.sheet())
							? LedgerStream.this.interpreter.ledgerRows(table, file.content().period(),
									file.periodOverride())
							: Optional.empty();
				}

				@Override
				public void row(DataRow row) {
					if (this.ledger.isEmpty()) {
						return;
					}
					this.ledger.get().read(row, projects, found);
					cells.add(row.label());
					cells.addAll(row.cells().values());
					if (cells.size() >= BATCH * 4) {
						flush.run();
					}
				}

				@Override
				public void endTable() {
					flush.run();
				}

				@Override
				public void skippedSheet(String sheetName) {
				}

				@Override
				public void unreadableSheet(String sheetName) {
					this.ledger = Optional.empty();
				}
			};
			if (file.calculated()) {
				this.reader.streamCalculated(file.path(), sink);
			}
			else {
				this.reader.stream(file.path(), sink);
			}
		}
		catch (UnreadableWorkbookException ex) {
			// Read a moment ago: a file changed under us. Its first reading stands; the
			// rest is told.
			this.findings.add(jobInstanceId, stage, List.of(Finding.ofFile(file.fileName(), Rule.UNREADABLE_FILE,
					"项目台账第二遍读取时文件已无法读取（" + ex.getMessage() + "）；请重新报送")));
		}
		flush.run();
		return new Counts(counts[0], counts[1]);
	}

}
