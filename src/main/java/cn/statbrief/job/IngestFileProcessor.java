package cn.statbrief.job;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import cn.statbrief.catalog.Period;
import cn.statbrief.ingest.InputFiles;
import cn.statbrief.ingest.Submitter;
import cn.statbrief.ingest.UnreadableWorkbookException;
import cn.statbrief.ingest.WorkbookContent;
import cn.statbrief.ingest.WorkbookReader;
import cn.statbrief.validate.Finding;
import cn.statbrief.validate.Interpretation;
import cn.statbrief.validate.Rule;
import cn.statbrief.validate.SheetInterpreter;

/**
 * Reads one file and applies the per-sheet rules; a file that cannot be read becomes a
 * finding, not a crash. Not final: step scope proxies it.
 */
class IngestFileProcessor implements ItemProcessor<Path, IngestedFile> {

	private final WorkbookReader reader;

	private final SheetInterpreter interpreter;

	private final Optional<Period> periodOverride;

	IngestFileProcessor(WorkbookReader reader, SheetInterpreter interpreter, Optional<Period> periodOverride) {
		this.reader = reader;
		this.interpreter = interpreter;
		this.periodOverride = periodOverride;
	}

	@Override
	public IngestedFile process(Path file) {
		String sha = InputFiles.sha256(file);
		try {
			// A ledger's rows are not held here: the writer streams them into the store.
			WorkbookContent workbook = this.reader.read(file, false);
			Interpretation content = this.interpreter.interpret(workbook, this.periodOverride);
			return new IngestedFile(file, sha, content, workbook.cells(), null, Submitter.of(workbook.author(), file),
					workbook.ledgerRowsLeftOut(), this.periodOverride, workbook.calculated());
		}
		catch (UnreadableWorkbookException ex) {
			Finding finding = Finding.ofFile(file.getFileName().toString(), Rule.UNREADABLE_FILE, ex.getMessage());
			return new IngestedFile(file, sha, new Interpretation(List.of(), List.of(), List.of(), List.of(finding)),
					List.of(), ex.getMessage(), Submitter.of("", file), false, this.periodOverride, false);
		}
	}

}
