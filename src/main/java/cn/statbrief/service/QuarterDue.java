package cn.statbrief.service;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.statbrief.ExitCodes;
import cn.statbrief.catalog.Period;
import cn.statbrief.issue.QuarterReports;
import cn.statbrief.job.GracefulStop;
import cn.statbrief.job.RunControl;
import cn.statbrief.store.ObservationStore;
import cn.statbrief.store.ScheduledReports;

/**
 * The quarter reports the schedule makes due: a firing missed while the machine was off
 * is caught up at start, and a quarter whose data has not arrived yet stays pending and
 * is made as soon as it has.
 */
final class QuarterDue {

	private static final Logger log = LoggerFactory.getLogger(QuarterDue.class);

	private final QuarterSchedule schedule;

	private final ScheduledReports reports;

	private final ObservationStore store;

	private final QuarterReports quarter;

	private final GracefulStop gracefulStop;

	private final RunControl control;

	private ZonedDateTime next;

	QuarterDue(QuarterSchedule schedule, ScheduledReports reports, ObservationStore store, QuarterReports quarter,
			GracefulStop gracefulStop, RunControl control) {
		this.schedule = schedule;
		this.reports = reports;
		this.store = store;
		this.quarter = quarter;
		this.gracefulStop = gracefulStop;
		this.control = control;
	}

	/**
	 * At start: every firing since the last one recorded (or within the look-back) that
	 * was missed.
	 */
	void catchUp(ZonedDateTime now) {
		Optional<ZonedDateTime> last = this.reports.lastDue();
		List<ZonedDateTime> missed = this.schedule.firedBetween(last, now);
		if (last.isEmpty() && !missed.isEmpty()) {
			missed = List.of(missed.get(missed.size() - 1)); // first start: only the
																// latest quarter
		}
		for (ZonedDateTime firing : missed) {
			log.warn("补做错过的季度报告（应于 {} 生成）", firing);
			this.reports.due(QuarterSchedule.quarterOf(firing).key(), firing);
		}
		this.next = this.schedule.next(now);
		log.info("下一次季度报告：{}", this.next);
	}

	/**
	 * A firing that has come marks its quarter due; then every due quarter that has data
	 * is made.
	 */
	void tick(ZonedDateTime now) {
		if (!now.isBefore(this.next)) {
			this.reports.due(QuarterSchedule.quarterOf(this.next).key(), this.next);
			this.next = this.schedule.next(now);
			log.info("下一次季度报告：{}", this.next);
		}
		makePending();
	}

	private void makePending() {
		for (String key : this.reports.pending()) {
			if (this.store.observations(Period.parseKey(key)).isEmpty() || this.gracefulStop.isStopping()) {
				continue;
			}
			try {
				List<String> said = new ArrayList<>();
				Optional<Integer> code = this.control.exclusively(() -> this.quarter.issue(key, false, said::add));
				if (code.isEmpty()) {
					return; // another run holds the database; the next look tries again
				}
				String note = String.join("\n", said);
				log.info("季度报告（{}）：{}", key, note);
				this.reports.finish(key, code.get() == ExitCodes.OK, note);
			}
			catch (Exception ex) {
				log.error("季度报告（{}）未能生成：{}", key, ex.getMessage(), ex);
				this.reports.finish(key, false, String.valueOf(ex.getMessage()));
			}
		}
	}

}
