package cn.statbrief.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import cn.statbrief.samples.OoxmlWriter.Cell;
import cn.statbrief.samples.OoxmlWriter.Formula;
import cn.statbrief.samples.OoxmlWriter.Number;
import cn.statbrief.samples.OoxmlWriter.Placeholder;
import cn.statbrief.samples.OoxmlWriter.Text;

/**
 * The hand-written OOXML fixture of {@code src/test/resources/fixtures/writers/}, as a
 * report server writes it: a namespace prefix, inline strings, cells without {@code r},
 * empty placeholder cells, and a SUM row without results. Regenerate with {@code main}
 * from the repository root (test classpath).
 */
public final class HandWrittenFixtures {

	static final String FILE = "handwritten-no-r-2021-10.xlsx";

	private HandWrittenFixtures() {
	}

	public static void main(String[] args) throws IOException {
		Path folder = Path.of(args.length > 0 ? args[0] : "src/test/resources/fixtures/writers");
		List<List<Cell>> rows = new ArrayList<>();
		rows.add(List.of(new Text("2021年1-10月招商引资主要指标")));
		rows.add(List.of(new Text("区市"), new Text("实际使用外资（万美元）"), new Text("实际使用日韩资（万美元）"), new Text("新签约项目（个）")));
		String[] zones = SampleWorkbooks.ZONES;
		for (int i = 0; i < zones.length; i++) {
			// 福山区 reports no 日韩资: an empty placeholder keeps 新签约项目 in its column.
			rows.add(List.of(new Text(zones[i]), new Number(String.valueOf(2000 + 50 * i)),
					i == 1 ? new Placeholder() : new Number(String.valueOf(300 + i)),
					new Number(String.valueOf(10 + i))));
		}
		int last = 2 + zones.length;
		rows.add(List.of(new Text("全市"), new Formula("SUM(B3:B" + last + ")", null),
				new Formula("SUM(C3:C" + last + ")", null), new Formula("SUM(D3:D" + last + ")", null)));
		Files.createDirectories(folder);
		Files.write(folder.resolve(FILE),
				OoxmlWriter.write("Sheet1", rows, new OoxmlWriter.Options(false, false, true, false)));
	}

}
