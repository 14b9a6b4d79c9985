package cn.statbrief.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.statbrief.catalog.Period;

/**
 * What the rules made of one workbook: accepted values, projects, total rows and
 * findings.
 */
public record Interpretation(List<Observation> observations, List<TotalRow> totals, List<ProjectRecord> projects,
		List<Finding> findings) {

	public Interpretation {
		observations = List.copyOf(observations);
		totals = List.copyOf(totals);
		projects = List.copyOf(projects);
		findings = List.copyOf(findings);
	}

	/**
	 * The period the workbook reports on: that of its values, else of its ledger; empty
	 * when it has neither.
	 */
	public Optional<Period> period() {
		return this.observations.stream()
			.map(Observation::period)
			.findFirst()
			.or(() -> this.projects.stream().map(ProjectRecord::period).findFirst());
	}

	public static Interpretation merge(List<Interpretation> parts) {
		List<Observation> observations = new ArrayList<>();
		List<TotalRow> totals = new ArrayList<>();
		List<ProjectRecord> projects = new ArrayList<>();
		List<Finding> findings = new ArrayList<>();
		for (Interpretation part : parts) {
			observations.addAll(part.observations);
			totals.addAll(part.totals);
			projects.addAll(part.projects);
			findings.addAll(part.findings);
		}
		return new Interpretation(observations, totals, projects, findings);
	}
}
