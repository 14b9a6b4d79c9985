package cn.statbrief.narrate;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * The phrasings of a zone's lead, by fact ("第一-一项" → "{指标}，居全市第一", …), from
 * templates/phrasings.yml, which a secretary edits like the templates.
 */
public record StoryPhrasings(Map<String, List<String>> phrasings) {

	/** Every key {@link ZoneStory} asks for. */
	static final Set<String> KEYS = Set.of("开头", "第一-一项", "第一-几项", "第一-多项", "连续第一", "并列第一", "前列", "前列-并列", "位次前移",
			"位次后移", "降幅最大", "增速最快", "位次靠后", "靠后之后", "最好位次", "其他数值", "增速", "存量", "当月");

	public StoryPhrasings {
		phrasings = Map.copyOf(phrasings);
	}

	List<String> of(String key) {
		return this.phrasings.get(key);
	}

	/**
	 * Reads and checks the file; a mistake is one Chinese sentence naming the file, and
	 * the line where YAML saw it.
	 */
	public static StoryPhrasings load(Path file) {
		if (!Files.isRegularFile(file)) {
			throw new IllegalArgumentException("找不到措辞文件 " + file.toAbsolutePath());
		}
		Object loaded;
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
		}
		catch (MarkedYAMLException ex) {
			throw new IllegalArgumentException("措辞文件 " + file + " 第" + (ex.getProblemMark().getLine() + 1) + "行第"
					+ (ex.getProblemMark().getColumn() + 1) + "列格式有误：" + ex.getProblem());
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalArgumentException("措辞文件 " + file + " 无法读取");
		}
		if (!(loaded instanceof Map<?, ?> map)) {
			throw new IllegalArgumentException("措辞文件 " + file + " 应为“名称: 若干说法”的列表");
		}
		Map<String, List<String>> phrasings = new LinkedHashMap<>();
		for (String key : KEYS) {
			if (!(map.get(key) instanceof List<?> list) || list.isEmpty()
					|| list.stream().anyMatch(v -> !(v instanceof String s) || s.isBlank())) {
				throw new IllegalArgumentException("措辞文件 " + file + " 中“" + key + "”缺少说法（每项至少一种，每种是一行文字）");
			}
			phrasings.put(key, list.stream().map(String.class::cast).toList());
		}
		return new StoryPhrasings(phrasings);
	}

}
