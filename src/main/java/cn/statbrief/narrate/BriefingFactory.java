package cn.statbrief.narrate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.statbrief.catalog.Catalog;
import cn.statbrief.catalog.Zone;
import cn.statbrief.rank.CityRanking;
import cn.statbrief.rank.IndicatorRanking;
import cn.statbrief.rank.ZoneFigure;
import cn.statbrief.validate.ProjectRecord;

/** Builds the briefing models from a period's ranking and ledger. */
public final class BriefingFactory {

	private final Catalog catalog;

	private final Phrases phrases;

	private final FactFactory facts;

	private final ProjectDigest projects;

	private final TableCells cells;

	private final IndicatorSections sections;

	private final Highlights highlights;

	private final QuarterReportBuilder quarters;

	private final ZoneStory stories;

	private final BulletinBody body;

	private final int bodyRows;

	private final int bodyTop;

	private final BriefingSettings settings;

	private final ProvinceStanding standing;

	public BriefingFactory(Catalog catalog, Phrases phrases, BriefingSettings settings) {
		this.catalog = catalog;
		this.settings = settings;
		this.standing = new ProvinceStanding(phrases);
		this.phrases = phrases;
		this.facts = new FactFactory(phrases);
		this.projects = new ProjectDigest(phrases, settings.chains(), settings.topProjectsPerChain(), settings.rates());
		this.cells = new TableCells(phrases);
		this.sections = new IndicatorSections(catalog, phrases, this.cells,
				new IndicatorSections.Limits(settings.annexRows(), settings.chartZones(), settings.annexTop()));
		this.highlights = new Highlights(phrases);
		this.stories = new ZoneStory(phrases, settings.phrasings(), catalog.indicators());
		this.body = new BulletinBody(catalog, phrases);
		this.bodyRows = settings.bulletinRows();
		this.bodyTop = settings.bulletinTop();
		this.quarters = new QuarterReportBuilder(catalog, phrases, this.sections, this.highlights, this::factsOf);
	}

	public Phrases phrases() {
		return this.phrases;
	}

	/**
	 * The factory of one city of a province's catalog: its bulletin and its zones'
	 * briefings.
	 */
	public BriefingFactory forCity(String city) {
		return new BriefingFactory(new Catalog(this.catalog.zones().city(city), this.catalog.indicators()),
				this.phrases, this.settings);
	}

	public CityBulletin bulletin(CityRanking ranking, Masthead masthead) {
		List<IndicatorSection> sections = ranking.indicators().stream().map(this.sections::of).toList();
		Map<String, Map<String, Fact>> facts = new LinkedHashMap<>();
		for (Zone zone : this.catalog.zones().zones()) {
			facts.put(zone.name(), factsOf(ranking, zone));
		}
		String city = this.catalog.zones().city();
		Map<String, Map<String, Fact>> shownFacts = Map.copyOf(facts);
		return new CityBulletin(ranking.period(), masthead, city + "招商引资主要指标通报", city,
				this.phrases.cumulative(ranking.period()),
				ranking.period().year() + "年" + this.phrases.cumulativeShort(ranking.period()),
				this.phrases.quarter(ranking.period()).orElse(""), this.body.overview(ranking, sections),
				this.body.standings(ranking), this.highlights.of(ranking), this.body.behindOnMost(ranking),
				this.body.matrix(ranking,
						this.catalog.zones().zones().size() <= this.bodyRows ? this.bodyRows : this.bodyTop),
				sections, shownFacts, this.settings.bulletinPages(),
				CityBulletin.dataOf(ranking.period(), shownFacts, sections));
	}

	/**
	 * A zone's briefing: its city's ranking says what matters to it; a province's
	 * ranking, when there is one, adds where it stands in the province, after the lead.
	 */
	public ZoneBriefing zone(CityRanking ranking, Optional<CityRanking> province, Zone zone, List<ProjectRecord> ledger,
			Masthead masthead) {
		Map<String, Fact> facts = factsOf(ranking, zone);
		List<String> story = new ArrayList<>(this.stories.paragraphs(ranking, zone, facts));
		province
			.map(p -> this.standing.paragraph(p, zone, this.catalog.zones().region().word(),
					this.catalog.zones().region().units()))
			.filter(p -> !p.isEmpty())
			.ifPresent(p -> story.add(Math.min(1, story.size()), p));
		List<ZoneBriefing.ZoneRow> rows = new ArrayList<>();
		for (IndicatorRanking indicator : ranking.indicators()) {
			ZoneFigure figure = CityIndex.of(ranking, this.phrases).figure(indicator, zone).orElseThrow();
			rows.add(new ZoneBriefing.ZoneRow(indicator.indicator().name(), indicator.indicator().unit().symbol(),
					this.cells.tableValue(figure.value(), indicator.indicator()),
					this.cells.tableValue(figure.monthValue(), indicator.indicator()),
					figure.cityRank() == null ? "—" : this.cells.rankCell(figure),
					figure.groupRank() == null ? "—" : figure.groupRank().toString(),
					this.cells.growthCell(figure.growth()), this.cells.percentCell(figure.sharePercent()),
					province.map(p -> provinceRank(p, indicator, zone)).orElse("")));
		}
		List<ProjectRecord> projects = ledger.stream().filter(p -> p.zone().equals(zone)).toList();
		String title = zone.name() + this.phrases.cumulative(ranking.period()) + "招商引资情况";
		return new ZoneBriefing(ranking.period(), masthead, title, this.catalog.zones().city(), zone.name(),
				zone.shortName(), zone.group().name(), zone.self(), this.phrases.cumulative(ranking.period()),
				ranking.period().year() + "年" + this.phrases.cumulativeShort(ranking.period()),
				this.phrases.monthEnd(ranking.period()), ranking.period().month() + "月份",
				ranking.period().previousMonth().map(this.phrases::cumulative).orElse(""),
				this.phrases.quarter(ranking.period()).orElse(""), story, facts, rows,
				facts.values().stream().filter(f -> !f.hasValue()).map(Fact::indicator).toList(),
				this.projects.summarise(projects, ranking.period().year()),
				province.isPresent() ? this.catalog.zones().region().word() : "");
	}

	private String provinceRank(CityRanking province, IndicatorRanking indicator, Zone zone) {
		return province.of(indicator.indicator())
			.flatMap(r -> CityIndex.of(province, this.phrases).figure(r, zone))
			.filter(ZoneFigure::hasValue)
			.map(TableCells::rankCell)
			.orElse("—");
	}

	/**
	 * The quarter report for a quarter-end period.
	 * @param previousQuarter the ranking at the previous quarter's end, if reported
	 * @param months the rankings of the year's reported month-ends up to this one, oldest
	 * first
	 */
	public QuarterReport quarter(CityRanking ranking, Optional<CityRanking> previousQuarter, List<CityRanking> months,
			Masthead masthead) {
		return this.quarters.of(ranking, previousQuarter, months, masthead);
	}

	private Map<String, Fact> factsOf(CityRanking ranking, Zone zone) {
		Map<String, Fact> facts = new LinkedHashMap<>();
		for (IndicatorRanking indicator : ranking.indicators()) {
			facts.put(indicator.indicator().name(), this.facts.of(indicator,
					CityIndex.of(ranking, this.phrases).figure(indicator, zone).orElseThrow()));
		}
		return facts;
	}

}
