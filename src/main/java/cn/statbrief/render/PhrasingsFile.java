package cn.statbrief.render;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.function.Supplier;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import cn.statbrief.narrate.StoryPhrasings;

/**
 * templates/phrasings.yml, read when a document needs it and again whenever the file
 * changed (a service picks up an edit at its next run, as it does the templates). A
 * mistake in the file is one Chinese line with the file, line and column, raised where
 * the run renders, not at start-up.
 */
public final class PhrasingsFile implements Supplier<StoryPhrasings> {

	private final Path file;

	private FileTime readAt;

	private StoryPhrasings phrasings;

	public PhrasingsFile(Path file) {
		this.file = file;
	}

	@Override
	public synchronized StoryPhrasings get() {
		FileTime modified;
		try {
			modified = Files.getLastModifiedTime(this.file);
		}
		catch (IOException ex) {
			throw new RenderException("找不到措辞文件 " + this.file.toAbsolutePath() + "（区市简报首段的说法，见 templates/README.md）");
		}
		if (this.phrasings == null || !modified.equals(this.readAt)) {
			this.phrasings = read();
			this.readAt = modified;
		}
		return this.phrasings;
	}

	private StoryPhrasings read() {
		Object loaded;
		try (Reader reader = Files.newBufferedReader(this.file, StandardCharsets.UTF_8)) {
			loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
		}
		catch (MarkedYAMLException ex) {
			throw new RenderException("措辞文件 " + this.file + " 第" + (ex.getProblemMark().getLine() + 1) + "行第"
					+ (ex.getProblemMark().getColumn() + 1) + "列格式有误：" + ex.getProblem());
		}
		catch (IOException | RuntimeException ex) {
			throw new RenderException("措辞文件 " + this.file + " 无法读取");
		}
		if (!(loaded instanceof Map<?, ?> map)) {
			throw new RenderException("措辞文件 " + this.file + " 应为“名称: 若干说法”的列表");
		}
		try {
			return StoryPhrasings.of(map, this.file.toString());
		}
		catch (IllegalArgumentException ex) {
			throw new RenderException(ex.getMessage());
		}
	}

}
