package cn.statbrief.rank;

import java.util.List;

import cn.statbrief.catalog.Period;
import cn.statbrief.validate.Observation;
import cn.statbrief.validate.TotalRow;

/** Where analysis finds the accepted values of a period (the database, in a run). */
public interface StoredValues {

	List<Observation> observations(Period period);

	List<TotalRow> totals(Period period);

}
