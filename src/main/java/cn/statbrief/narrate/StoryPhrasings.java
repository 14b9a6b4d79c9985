package cn.statbrief.narrate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The phrasings of a zone's lead, by fact ("第一-一项" → "{指标}，居全市第一", …), from
 * templates/phrasings.yml, which a secretary edits like the templates (read by
 * render.PhrasingsFile).
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
	 * The phrasings as read from a YAML map; a key missing or empty is a Chinese sentence
	 * naming the file.
	 */
	public static StoryPhrasings of(Map<?, ?> map, String file) {
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
