package cn.statbrief.service;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.scheduling.support.CronExpression;

import cn.statbrief.catalog.Period;

/**
 * When the quarter report is due (a cron expression; default 06:00 on the first day after
 * each quarter) and which quarter a firing is for: the last quarter that ended before it.
 */
public final class QuarterSchedule {

	/**
	 * How far back a missed firing is looked for at start: a machine off for longer has
	 * bigger problems.
	 */
	private static final int LOOK_BACK_MONTHS = 13;

	private final CronExpression cron;

	public QuarterSchedule(String cron) {
		this.cron = CronExpression.parse(cron);
	}

	ZonedDateTime next(ZonedDateTime after) {
		return this.cron.next(after);
	}

	/**
	 * The firings after {@code after} (or within the look-back when null) up to
	 * {@code now}, oldest first.
	 */
	public List<ZonedDateTime> firedBetween(Optional<ZonedDateTime> after, ZonedDateTime now) {
		ZonedDateTime from = after.orElse(now.minusMonths(LOOK_BACK_MONTHS));
		List<ZonedDateTime> fired = new ArrayList<>();
		for (ZonedDateTime t = this.cron.next(from); t != null && !t.isAfter(now); t = this.cron.next(t)) {
			fired.add(t);
		}
		return fired;
	}

	/**
	 * The quarter a firing reports on: the last quarter-end month before the firing's
	 * month.
	 */
	public static Period quarterOf(ZonedDateTime firing) {
		ZonedDateTime month = firing.minusMonths(1);
		while (month.getMonthValue() % 3 != 0) {
			month = month.minusMonths(1);
		}
		return new Period(month.getYear(), month.getMonthValue());
	}

}
