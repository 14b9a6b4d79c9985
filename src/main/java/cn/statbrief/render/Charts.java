package cn.statbrief.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

import cn.statbrief.narrate.IndicatorSection;
import cn.statbrief.narrate.QuarterReport;
import cn.statbrief.narrate.RankRow;

/**
 * Bar charts for the city bulletin, drawn with the shipped Chinese font: zones in rank
 * order, the leader in red, each bar labelled with the figure exactly as the table prints
 * it. One PNG at print resolution (about 300 dpi across the text block) serves the PDF
 * and the Word file alike.
 */
public final class Charts {

	private static final Color LEADER = new Color(0xC0, 0x00, 0x00);

	private static final Color OTHERS = new Color(0x4F, 0x6D, 0x8F);

	/**
	 * Drawn at 620 × (13 per zone + 50) points and scaled 3×: 1860 px across 156 mm is
	 * about 300 dpi.
	 */
	private static final int WIDTH = 620;

	private static final int SCALE = 3;

	private final Font font;

	public Charts() {
		try (InputStream in = Charts.class.getClassLoader().getResourceAsStream("fonts/NotoSansCJKsc-Regular.otf")) {
			this.font = Font.createFont(Font.TRUETYPE_FONT, in);
		}
		catch (IOException | FontFormatException ex) {
			throw new RenderException("图表字体无法加载：" + ex.getMessage(), ex);
		}
	}

	private static final Color[] LINES = { new Color(0xC0, 0x00, 0x00), new Color(0x1F, 0x4E, 0x79),
			new Color(0x38, 0x76, 0x1D), new Color(0xB4, 0x5F, 0x06), new Color(0x6A, 0x3D, 0x9A) };

	/**
	 * Cumulative values of the leading zones across the year's reported month-ends; or,
	 * with {@code ranks}, their city ranks (first at the top). As a data URI; empty when
	 * there is a single month only.
	 */
	public String trendChartUri(QuarterReport.Trend trend, boolean ranks) {
		if (trend.months().size() < 2 || trend.series().isEmpty()) {
			return "";
		}
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (var series : trend.series()) {
			for (int m = 0; m < trend.months().size(); m++) {
				Number value = ranks ? series.ranks().get(m) : series.values().get(m);
				data.addValue(value, series.zone(), trend.months().get(m));
			}
		}
		LineAndShapeRenderer lines = new LineAndShapeRenderer(true, true);
		for (int i = 0; i < trend.series().size(); i++) {
			lines.setSeriesPaint(i, LINES[i % LINES.length]);
			lines.setSeriesStroke(i, new BasicStroke(2f));
		}
		lines.setDefaultItemLabelsVisible(ranks);
		lines.setDefaultItemLabelFont(this.font.deriveFont(9f));
		CategoryAxis months = new CategoryAxis();
		months.setTickLabelFont(this.font.deriveFont(10f));
		NumberAxis axis = new NumberAxis(ranks ? "全市位次" : trend.indicator() + "（" + trend.unit() + "）");
		axis.setLabelFont(this.font.deriveFont(10f));
		axis.setTickLabelFont(this.font.deriveFont(9f));
		if (ranks) {
			int worst = trend.series()
				.stream()
				.flatMap(r -> r.ranks().stream())
				.filter(Objects::nonNull)
				.mapToInt(Integer::intValue)
				.max()
				.orElse(1);
			axis.setInverted(true);
			axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
			axis.setRange(0.5, worst + 0.5);
		}
		CategoryPlot plot = new CategoryPlot(data, months, axis, lines);
		plot.setBackgroundPaint(Color.WHITE);
		plot.setOutlineVisible(false);
		plot.setRangeGridlinePaint(new Color(0xD9, 0xD9, 0xD9));
		JFreeChart chart = new JFreeChart(ranks ? "位次变化" : "累计值走势", this.font.deriveFont(11f), plot, true);
		chart.getLegend().setItemFont(this.font.deriveFont(10f));
		chart.setBackgroundPaint(Color.WHITE);
		return uri(chart, 300, 260);
	}

	private String uri(JFreeChart chart, int width, int height) {
		return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(chart, width, height));
	}

	/**
	 * The chart of one bulletin section as a data URI for an {@code <img>}; empty when no
	 * zone has data.
	 */
	public String barChartUri(IndicatorSection section) {
		byte[] png = barChart(section);
		return png.length == 0 ? "" : "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
	}

	public byte[] barChart(IndicatorSection section) {
		// The leading zones only: at any number of zones the chart stays readable.
		List<RankRow> ranked = section.rows()
			.stream()
			.filter(r -> !r.rank().equals("—"))
			.limit(section.chartZones())
			.toList();
		if (ranked.isEmpty()) {
			return new byte[0];
		}
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (RankRow row : ranked) {
			data.addValue(new BigDecimal(row.value()), section.name(), row.zone());
		}
		BarRenderer bars = new BarRenderer() {
			@Override
			public Paint getItemPaint(int row, int column) {
				return ranked.get(column).rank().equals("1") ? LEADER : OTHERS;
			}
		};
		bars.setBarPainter(new StandardBarPainter());
		bars.setShadowVisible(false);
		bars.setMaximumBarWidth(0.08);
		bars.setItemMargin(0);
		bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
			@Override
			public String generateLabel(CategoryDataset dataset, int row, int column) {
				return ranked.get(column).value();
			}
		});
		bars.setDefaultItemLabelsVisible(true);
		bars.setDefaultItemLabelFont(this.font.deriveFont(10f));
		bars.setDefaultPositiveItemLabelPosition(
				new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
		bars.setItemLabelAnchorOffset(3);

		CategoryAxis zones = new CategoryAxis();
		zones.setTickLabelFont(this.font.deriveFont(10f));
		zones.setCategoryMargin(0.25);
		zones.setLowerMargin(0.01);
		zones.setUpperMargin(0.01);
		NumberAxis values = new NumberAxis(section.name() + "（" + section.unit() + "）");
		values.setLabelFont(this.font.deriveFont(10f));
		values.setTickLabelFont(this.font.deriveFont(9f));
		values.setUpperMargin(0.15);

		CategoryPlot plot = new CategoryPlot(data, zones, values, bars);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		plot.setBackgroundPaint(Color.WHITE);
		plot.setOutlineVisible(false);
		plot.setRangeGridlinePaint(new Color(0xD9, 0xD9, 0xD9));
		plot.setRangeGridlineStroke(new BasicStroke(0.5f));
		JFreeChart chart = new JFreeChart(null, this.font, plot, false);
		chart.setBackgroundPaint(Color.WHITE);
		chart.setAntiAlias(true);
		chart.setTextAntiAlias(true);
		int height = 13 * ranked.size() + 50;
		return png(chart, WIDTH, height);
	}

	/**
	 * The chart drawn at three times its size on an opaque white ground: an RGB PNG,
	 * which the PDF embeds as it is ({@link PngPassThrough}) and Word shows the same.
	 */
	private static byte[] png(JFreeChart chart, int width, int height) {
		BufferedImage image = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, image.getWidth(), image.getHeight());
			g.scale(SCALE, SCALE);
			chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
		}
		finally {
			g.dispose();
		}
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
