package cn.statbrief.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import cn.statbrief.catalog.Period;
import cn.statbrief.issue.RevisionNotes;
import cn.statbrief.store.IssueRegister;

/**
 * After the documents: the changes note for those this run issued as revisions (none,
 * nothing written).
 */
class NoteRevisionsTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(NoteRevisionsTasklet.class);

	private final IssueRegister issues;

	private final RevisionNotes notes;

	private final Period period;

	NoteRevisionsTasklet(IssueRegister issues, RevisionNotes notes, Period period) {
		this.issues = issues;
		this.notes = notes;
		this.period = period;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		var job = chunkContext.getStepContext().getStepExecution().getJobExecution();
		long instance = job.getJobInstanceId();
		var revisions = this.issues.revisionsBy(instance, this.period);
		this.notes.write(this.period, revisions, "job-" + instance, log::info)
			.ifPresent(note -> contribution.incrementWriteCount(1));
		return RepeatStatus.FINISHED;
	}

}
