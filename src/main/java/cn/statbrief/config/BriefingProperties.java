package cn.statbrief.config;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import cn.statbrief.narrate.Masthead;

/** Everything a deployment sets under {@code briefing:} in config/application.yml. */
@ConfigurationProperties("briefing")
public record BriefingProperties(@DefaultValue("input") Path inputDir, @DefaultValue("output") Path outputDir,
		@DefaultValue("data") Path dataDir, @DefaultValue("templates") Path templatesDir, @DefaultValue Catalog catalog,
		@DefaultValue Prose prose, @DefaultValue MastheadSettings masthead, @DefaultValue Projects projects,
		@DefaultValue WordFonts wordFonts, @DefaultValue Delivery delivery, @DefaultValue Service service,
		@DefaultValue Issue issue, @DefaultValue Bulletin bulletin, @DefaultValue Render render) {

	/**
	 * Where documents are rendered: {@code local} (threads of this process) or
	 * {@code remote} (partitions of {@code partitionSize} documents handed to the
	 * {@code worker} processes through the shared PostgreSQL database; the run polls the
	 * job repository every {@code poll} and gives up after {@code timeout}).
	 */
	public record Render(@DefaultValue("local") String mode, @DefaultValue("25") int partitionSize,
			@DefaultValue("500ms") Duration poll, @DefaultValue("6h") Duration timeout) {

		public Render {
			if (!mode.equals("local") && !mode.equals("remote")) {
				throw new IllegalArgumentException("briefing.render.mode 应为 local 或 remote，却是“" + mode + "”");
			}
			if (partitionSize < 1) {
				throw new IllegalArgumentException("briefing.render.partition-size 应为正整数，却是 " + partitionSize);
			}
		}

		public boolean remote() {
			return this.mode.equals("remote");
		}

	}

	/**
	 * When a period may be issued: {@code notReporting} names, per period ("2021-10") or
	 * for every period ("*"), the zones that do not report and so do not hold the issue
	 * back.
	 */
	public record Issue(Map<String, List<String>> notReporting) {

		public Issue {
			notReporting = notReporting == null ? Map.of() : Map.copyOf(notReporting);
		}

		/** The zones declared as not reporting in a period, by name. */
		public Set<String> notReporting(String periodKey) {
			Set<String> zones = new TreeSet<>(this.notReporting.getOrDefault("always", List.of()));
			zones.addAll(this.notReporting.getOrDefault(periodKey, List.of()));
			return zones;
		}

	}

	/**
	 * Service mode ({@code serve}): the drop folder is looked at every {@code poll}; a
	 * file is taken once its size and time have not changed for {@code settle}; the
	 * quarter report is due at {@code quarterCron}. A batch is run from
	 * {@code processingDir} (default {@code data/service/processing}); instances that
	 * share a database and a drop folder share it too, so that one takes over what
	 * another left when it died.
	 */
	public record Service(@DefaultValue("5s") Duration poll, @DefaultValue("10s") Duration settle,
			@DefaultValue("archive") Path archiveDir, @DefaultValue("rejected") Path rejectedDir,
			@DefaultValue("0 0 6 1 1,4,7,10 *") String quarterCron, Path processingDir) {

		/** Where batches are run from. */
		public Path processing(Path dataDir) {
			return this.processingDir != null ? this.processingDir : dataDir.resolve("service").resolve("processing");
		}

	}

	/**
	 * E-mail delivery of issued briefings (never drafts): who receives the city bulletin,
	 * the quarter report, and each zone's briefing (by zone name, else the default list).
	 */
	public record Delivery(@DefaultValue("false") boolean enabled, @DefaultValue("briefing@localhost") String from,
			List<String> bulletin, List<String> quarter, Map<String, List<String>> zones, List<String> zoneDefault,
			@DefaultValue("3") int attempts, @DefaultValue("2s") Duration retryPause) {

		public Delivery {
			bulletin = bulletin == null ? List.of() : List.copyOf(bulletin);
			quarter = quarter == null ? List.of() : List.copyOf(quarter);
			zones = zones == null ? Map.of() : Map.copyOf(zones);
			zoneDefault = zoneDefault == null ? List.of() : List.copyOf(zoneDefault);
		}

		public List<String> forZone(String zone) {
			return this.zones.getOrDefault(zone, this.zoneDefault);
		}
	}

	public record Catalog(@DefaultValue("config/catalog/zones.yml") Path zones,
			@DefaultValue("config/catalog/indicators.yml") Path indicators) {
	}

	public record Prose(@DefaultValue("—") String monthDash, @DefaultValue("HALF_UP") RoundingMode rounding,
			@DefaultValue("2") int approximateDigits, @DefaultValue("3") int rankMentionTop,
			@DefaultValue("0") BigDecimal tinyBase, @DefaultValue("9") int tinyCountBase) {
	}

	public record MastheadSettings(@DefaultValue("招商引资工作简报") String name, @DefaultValue("") String editor,
			@DefaultValue("") String classification, @DefaultValue("") String reportTo, @DefaultValue("") String copyTo,
			@DefaultValue("") String issueTo, @DefaultValue("") String copies, @DefaultValue("草稿") String draftMark) {

		/** The masthead of a document issued today, without its issue line yet. */
		public Masthead today(boolean draft) {
			LocalDate today = LocalDate.now();
			return new Masthead(this.name, "", this.editor,
					today.getYear() + "年" + today.getMonthValue() + "月" + today.getDayOfMonth() + "日",
					this.classification, draft ? this.draftMark : "", this.reportTo, this.copyTo, this.issueTo,
					this.copies, "");
		}
	}

	/**
	 * The city bulletin's size at any number of zones.
	 *
	 * @param bodyRows a catalog of at most this many zones has every zone in the body's
	 * combined table
	 * @param bodyTop the leading zones that table shows for a longer catalog (the rest in
	 * the 附件 and rankings.xlsx)
	 * @param annexRows a catalog of at most this many zones has every zone in each of the
	 * 附件's ranking tables
	 * @param chartZones the leading zones each chart draws
	 * @param annexTop the leading zones each 附件 table and chart shows for a longer
	 * catalog (the rest in rankings.xlsx), so that the bulletin keeps its size at any
	 * number of zones
	 * @param maxPages the pages in all (body and 附件) a bulletin whose tables are cut may
	 * take: laid out longer, its tables are cut shorter, down to five rows; 0 for no
	 * limit
	 */
	public record Bulletin(@DefaultValue("20") int bodyRows, @DefaultValue("20") int annexRows,
			@DefaultValue("15") int chartZones, @DefaultValue("10") int annexTop, @DefaultValue("12") int bodyTop,
			@DefaultValue("12") int maxPages) {
	}

	public record Projects(@DefaultValue( {
			"汽车及新能源", "新一代信息技术", "高端化工及新材料", "高端装备制造", "生物医药" }) List<String> chains,
			@DefaultValue("6") int topPerChain, @DefaultValue("6.45") BigDecimal usdToCny,
			Map<Integer, BigDecimal> usdToCnyByYear){

		public Projects {
			usdToCnyByYear = usdToCnyByYear == null ? Map.of() : Map.copyOf(usdToCnyByYear);
		}
	}

	public record WordFonts(@DefaultValue("方正小标宋简体") String title, @DefaultValue("黑体") String heading1,
			@DefaultValue("楷体") String heading2, @DefaultValue("仿宋") String body, @DefaultValue("宋体") String table) {
	}
}
