package cn.statbrief.service;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.statbrief.config.BriefingProperties;
import cn.statbrief.ingest.InputFiles;
import cn.statbrief.ingest.WorkbookReader;
import cn.statbrief.issue.QuarterReports;
import cn.statbrief.job.BriefingRuns;
import cn.statbrief.job.GracefulStop;
import cn.statbrief.job.RunControl;
import cn.statbrief.store.Findings;
import cn.statbrief.store.ObservationStore;
import cn.statbrief.store.ScheduledReports;
import cn.statbrief.validate.SheetInterpreter;

/** The service mode, built only when {@code serve} asks for it. */
@Configuration(proxyBeanMethods = false)
class ServiceConfiguration {

	@Bean
	@Lazy
	ServiceMode serviceMode(BriefingProperties properties, BriefingRuns runs, GracefulStop gracefulStop,
			RunControl control, ObservationStore store, Findings findings, WorkbookReader reader,
			SheetInterpreter interpreter, QuarterReports quarter, JdbcClient jdbc) {
		BriefingProperties.Service service = properties.service();
		DropFolder drop = new DropFolder(properties.inputDir(), service.archiveDir(), service.rejectedDir(),
				service.settle(), InputFiles::isCandidate);
		QuarterDue quarters = new QuarterDue(new QuarterSchedule(service.quarterCron()), new ScheduledReports(jdbc),
				store, quarter, gracefulStop, control);
		return new ServiceMode(properties, runs, gracefulStop, control, store, findings, reader, interpreter, drop,
				quarters, new Receipts(properties.inputDir()));
	}

}
