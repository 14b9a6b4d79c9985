package cn.statbrief.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Paint;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.List;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

import cn.statbrief.narrate.IndicatorSection;
import cn.statbrief.narrate.RankRow;

/**
 * Bar charts for the city bulletin, drawn with the shipped Chinese font: zones in rank order, the leader in
 * red, each bar labelled with the figure exactly as the table prints it. One PNG at print resolution (about
 * 300 dpi across the text block) serves the PDF and the Word file alike.
 */
public final class Charts {

	private static final Color LEADER = new Color(0xC0, 0x00, 0x00);

	private static final Color OTHERS = new Color(0x4F, 0x6D, 0x8F);

	/** Drawn at 620 × (18 per zone + 50) points and scaled 3×: 1860 px across 156 mm is about 300 dpi. */
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

	/** The chart of one bulletin section as a data URI for an {@code <img>}; empty when no zone has data. */
	public String barChartUri(IndicatorSection section) {
		byte[] png = barChart(section);
		return png.length == 0 ? "" : "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
	}

	public byte[] barChart(IndicatorSection section) {
		List<RankRow> ranked = section.rows().stream().filter(r -> !r.rank().equals("—")).toList();
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
		bars.setDefaultItemLabelGenerator(new org.jfree.chart.labels.StandardCategoryItemLabelGenerator() {
			@Override
			public String generateLabel(org.jfree.data.category.CategoryDataset dataset, int row, int column) {
				return ranked.get(column).value();
			}
		});
		bars.setDefaultItemLabelsVisible(true);
		bars.setDefaultItemLabelFont(this.font.deriveFont(10f));
		bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
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
		int height = 18 * ranked.size() + 50;
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ChartUtils.writeScaledChartAsPNG(out, chart, WIDTH, height, SCALE, SCALE);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
