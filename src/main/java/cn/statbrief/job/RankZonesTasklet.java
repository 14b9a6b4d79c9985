package cn.statbrief.job;

import java.nio.file.Path;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import cn.statbrief.catalog.Period;
import cn.statbrief.catalog.Region;
import cn.statbrief.deliver.OutputFolder;
import cn.statbrief.narrate.Phrases;
import cn.statbrief.rank.RegionRanking;
import cn.statbrief.render.RankingsWorkbook;

/** Ranks the period to issue and writes rankings.xlsx for the statisticians. */
class RankZonesTasklet implements Tasklet {

	private final RunRankings rankings;

	private final Phrases phrases;

	private final Path outputRoot;

	private final Period period;

	private final Region region;

	/**
	 * @param region the cities and province, whose words the headings use (全省; 全市)
	 */
	RankZonesTasklet(RunRankings rankings, Phrases phrases, Path outputRoot, Period period, Region region) {
		this.rankings = rankings;
		this.region = region;
		this.phrases = phrases;
		this.outputRoot = outputRoot;
		this.period = period;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		RegionRanking ranking = this.rankings.of(chunkContext.getStepContext().getStepExecution().getJobExecutionId(),
				this.period);
		OutputFolder folder = new OutputFolder(this.outputRoot, this.period.key());
		if (ranking.province().isEmpty()) {
			folder.write("rankings.xlsx", RankingsWorkbook.write(ranking.whole(), this.phrases));
			return RepeatStatus.FINISHED;
		}
		// A province: its own ranking of every zone, and each city's beside the city's
		// documents.
		folder.write("rankings.xlsx", RankingsWorkbook.write(ranking.whole(), this.phrases, this.region.word()));
		ranking.cities()
			.forEach((city, cityRanking) -> folder.write(city + "/rankings.xlsx",
					RankingsWorkbook.write(cityRanking, this.phrases, this.region.cityWord())));
		return RepeatStatus.FINISHED;
	}

}
