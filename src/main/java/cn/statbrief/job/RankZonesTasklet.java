package cn.statbrief.job;

import java.nio.file.Path;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import cn.statbrief.catalog.Period;
import cn.statbrief.deliver.OutputFolder;
import cn.statbrief.narrate.Phrases;
import cn.statbrief.rank.PeriodAnalysis;
import cn.statbrief.render.RankingsWorkbook;

/** Ranks the period to issue and writes rankings.xlsx for the statisticians. */
final class RankZonesTasklet implements Tasklet {

	private final PeriodAnalysis analysis;

	private final Phrases phrases;

	private final Path outputRoot;

	RankZonesTasklet(PeriodAnalysis analysis, Phrases phrases, Path outputRoot) {
		this.analysis = analysis;
		this.phrases = phrases;
		this.outputRoot = outputRoot;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		Period period = Period.parseKey(chunkContext.getStepContext()
			.getStepExecution()
			.getJobExecution()
			.getExecutionContext()
			.getString(RunContext.TARGET_PERIOD));
		new OutputFolder(this.outputRoot, period.key()).write("rankings.xlsx",
				RankingsWorkbook.write(this.analysis.rank(period), this.phrases));
		return RepeatStatus.FINISHED;
	}

}
