package cn.statbrief.job;

import java.nio.file.Path;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import cn.statbrief.catalog.Period;
import cn.statbrief.deliver.OutputFolder;
import cn.statbrief.narrate.Phrases;
import cn.statbrief.render.RankingsWorkbook;

/** Ranks the period to issue and writes rankings.xlsx for the statisticians. */
class RankZonesTasklet implements Tasklet {

	private final RunRankings rankings;

	private final Phrases phrases;

	private final Path outputRoot;

	private final Period period;

	RankZonesTasklet(RunRankings rankings, Phrases phrases, Path outputRoot, Period period) {
		this.rankings = rankings;
		this.phrases = phrases;
		this.outputRoot = outputRoot;
		this.period = period;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		new OutputFolder(this.outputRoot, this.period.key()).write("rankings.xlsx",
				RankingsWorkbook.write(this.rankings
					.of(chunkContext.getStepContext().getStepExecution().getJobExecutionId(), this.period),
						this.phrases));
		return RepeatStatus.FINISHED;
	}

}
