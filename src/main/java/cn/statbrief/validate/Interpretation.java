package cn.statbrief.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.statbrief.catalog.Period;

/**
 * What the rules made of one workbook: accepted values, projects, total rows and
 * findings.
 *
 * @param stated the period the workbook's title or file name gives, even when it holds no
 * values (a blank template)
 */
public record Interpretation(List<Observation> observations, List<TotalRow> totals, List<ProjectRecord> projects,
		List<Finding> findings, Optional<Period> stated) {

	public Interpretation {
		observations = List.copyOf(observations);
		totals = List.copyOf(totals);
		projects = List.copyOf(projects);
		findings = List.copyOf(findings);
	}

	public Interpretation(List<Observation> observations, List<TotalRow> totals, List<ProjectRecord> projects,
			List<Finding> findings) {
		this(observations, totals, projects, findings, Optional.empty());
	}

	/**
	 * The period the workbook reports on: that of its values, else of its ledger, else
	 * the one its title or file name states; empty when it has none.
	 */
	public Optional<Period> period() {
		return this.observations.stream()
			.map(Observation::period)
			.findFirst()
			.or(() -> this.projects.stream().map(ProjectRecord::period).findFirst())
			.or(() -> this.stated);
	}

	public static Interpretation merge(List<Interpretation> parts) {
		List<Observation> observations = new ArrayList<>();
		List<TotalRow> totals = new ArrayList<>();
		List<ProjectRecord> projects = new ArrayList<>();
		List<Finding> findings = new ArrayList<>();
		Optional<Period> stated = Optional.empty();
		for (Interpretation part : parts) {
			observations.addAll(part.observations);
			totals.addAll(part.totals);
			projects.addAll(part.projects);
			findings.addAll(part.findings);
			stated = stated.or(() -> part.stated);
		}
		return new Interpretation(observations, totals, projects, findings, stated);
	}
}
