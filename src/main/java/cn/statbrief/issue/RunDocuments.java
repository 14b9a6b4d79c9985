package cn.statbrief.issue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import cn.statbrief.catalog.Zone;
import cn.statbrief.catalog.ZoneCatalog;
import cn.statbrief.narrate.BriefingFactory;
import cn.statbrief.narrate.CityBulletin;
import cn.statbrief.narrate.FactLookup;
import cn.statbrief.narrate.Masthead;
import cn.statbrief.narrate.ProvinceSummaryBuilder;
import cn.statbrief.rank.RegionRanking;
import cn.statbrief.render.BriefingRenderer;
import cn.statbrief.validate.ProjectRecord;

/**
 * The documents of a period, for the render step, {@code preview} and
 * {@code benchmark-render} alike. Items are strings, so that partitions can name them in
 * their execution contexts: the city bulletin, then every zone. A province's catalog
 * writes its summary first, then per city its bulletin and its zones, each city in a
 * folder of its own.
 */
public final class RunDocuments {

	/** The one city's bulletin. */
	public static final String CITY_BULLETIN = "@city";

	/** A province's summary. */
	public static final String PROVINCE_SUMMARY = "@province";

	private static final String CITY_PREFIX = "@city:";

	/**
	 * What to render for one item.
	 *
	 * @param series the series of issue numbers it belongs to
	 * @param fileBase its file name without extension, under the period's folder
	 */
	public record Document(String template, String variable, Function<Masthead, ? extends FactLookup> model,
			String series, String fileBase) {
	}

	private final ZoneCatalog zones;

	private final BriefingFactory factory;

	private final ProvinceSummaryBuilder summaries;

	private final Map<String, BriefingFactory> cityFactories = new ConcurrentHashMap<>();

	private final BriefingRenderer renderer;

	/**
	 * @param renderer lays out a long catalog's bulletin to fit it to its pages
	 */
	public RunDocuments(ZoneCatalog zones, BriefingFactory factory, BriefingRenderer renderer) {
		this.zones = zones;
		this.factory = factory;
		this.renderer = renderer;
		this.summaries = new ProvinceSummaryBuilder(factory.phrases());
	}

	/** Every document of a period, in the order they are written. */
	public List<String> items() {
		return items(this.zones);
	}

	/** Every document of a period of a catalog's zones, in the order they are written. */
	public static List<String> items(ZoneCatalog zones) {
		List<String> documents = new ArrayList<>();
		if (!zones.region().nested()) {
			documents.add(CITY_BULLETIN);
			zones.zones().stream().map(Zone::name).forEach(documents::add);
			return documents;
		}
		documents.add(PROVINCE_SUMMARY);
		zones.byCity().forEach((city, cityZones) -> {
			documents.add(bulletin(zones, city));
			cityZones.zones().stream().map(Zone::name).forEach(documents::add);
		});
		return documents;
	}

	/** The item of a city's bulletin. */
	public static String bulletin(ZoneCatalog zones, String city) {
		return zones.region().nested() ? CITY_PREFIX + city : CITY_BULLETIN;
	}

	/** Whether the item is a zone's briefing. */
	public static boolean isZone(String item) {
		return !item.startsWith("@");
	}

	/**
	 * The document of an item, built from the period's rankings and ledger.
	 */
	public Document of(String item, RegionRanking ranking, List<ProjectRecord> projects) {
		if (item.equals(PROVINCE_SUMMARY)) {
			String title = this.zones.region().province() + "招商引资主要指标情况汇总";
			return new Document("province-summary.ftlh", "summary",
					m -> this.summaries.of(ranking, this.zones.region(), m), series(item), title);
		}
		Optional<String> city = bulletinCity(item);
		if (city.isPresent()) {
			String c = city.get();
			return new Document("city-bulletin.ftlh", "bulletin",
					new Fitted(m -> factoryOf(c).bulletin(ranking.city(c), m), "city-bulletin.ftlh", "bulletin"),
					series(item), folder(c) + c + "招商引资主要指标通报");
		}
		Zone zone = this.zones.require(item);
		return new Document("zone-briefing.ftlh", "zone",
				m -> factoryOf(zone.city()).zone(ranking.of(zone), ranking.province(), zone, projects, m), series(item),
				folder(zone.city()) + "区市简报/" + zone.name());
	}

	private Optional<String> bulletinCity(String item) {
		if (item.equals(CITY_BULLETIN)) {
			return Optional.of(this.zones.city());
		}
		return item.startsWith(CITY_PREFIX) ? Optional.of(item.substring(CITY_PREFIX.length())) : Optional.empty();
	}

	/** The city's factory: for a one-city catalog the run's own. */
	private BriefingFactory factoryOf(String city) {
		if (!this.zones.region().nested()) {
			return this.factory;
		}
		return this.cityFactories.computeIfAbsent(city, this.factory::forCity);
	}

	/**
	 * Where a city's documents go: its own folder in a province's output, else the
	 * period's.
	 */
	private String folder(String city) {
		return this.zones.region().nested() ? city + "/" : "";
	}

	/**
	 * The series of issue numbers a document belongs to: a one-city catalog's bulletin
	 * keeps the series it always had.
	 */
	public static String series(String item) {
		if (item.equals(CITY_BULLETIN)) {
			return "全市通报";
		}
		if (item.equals(PROVINCE_SUMMARY)) {
			return "全省汇总";
		}
		return item.startsWith(CITY_PREFIX) ? "全市通报:" + item.substring(CITY_PREFIX.length()) : "区市简报:" + item;
	}

	/**
	 * A bulletin fitted to its pages, laid out for that once per document. The issuer
	 * asks for it first with a blank masthead, to compare its text with the issued one,
	 * then with its number: the blank one has no 第X期 line, so the fit is measured with
	 * one, as it will be printed. (A draft has none, and is measured as it is.)
	 */
	private final class Fitted implements Function<Masthead, CityBulletin> {

		private final Function<Masthead, CityBulletin> model;

		private final String template;

		private final String variable;

		private volatile int form = -1;

		Fitted(Function<Masthead, CityBulletin> model, String template, String variable) {
			this.model = model;
			this.template = template;
			this.variable = variable;
		}

		@Override
		public CityBulletin apply(Masthead masthead) {
			CityBulletin bulletin = this.model.apply(masthead);
			if (this.form < 0) {
				CityBulletin printed = masthead.draft() || !masthead.issue().isEmpty() ? bulletin
						: this.model.apply(masthead.withIssue("第1期").withDate("2000年1月1日"));
				this.form = RunDocuments.this.renderer.fit(this.template, this.variable, printed);
			}
			return this.form == 0 ? bulletin : bulletin.shorter().get(this.form - 1);
		}

	}

}
