package cn.statbrief.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import cn.statbrief.catalog.Period;
import cn.statbrief.store.IssueRegister;

/**
 * After the documents: the changes note for those this run issued as revisions (none,
 * nothing written).
 */
final class NoteRevisionsTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(NoteRevisionsTasklet.class);

	private final IssueRegister issues;

	private final RevisionNotes notes;

	NoteRevisionsTasklet(IssueRegister issues, RevisionNotes notes) {
		this.issues = issues;
		this.notes = notes;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		var job = chunkContext.getStepContext().getStepExecution().getJobExecution();
		Period period = Period.parseKey(job.getExecutionContext().getString(RunContext.TARGET_PERIOD));
		long instance = job.getJobInstanceId();
		var revisions = this.issues.revisionsBy(instance, period);
		this.notes.write(period, revisions, "job-" + instance, log::info)
			.ifPresent(note -> contribution.incrementWriteCount(1));
		return RepeatStatus.FINISHED;
	}

}
