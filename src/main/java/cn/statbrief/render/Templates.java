package cn.statbrief.render;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import cn.statbrief.catalog.Period;
import cn.statbrief.narrate.Fact;
import cn.statbrief.narrate.FactLookup;
import cn.statbrief.narrate.Phrases;
import cn.statbrief.narrate.ProseStyle;
import cn.statbrief.narrate.ValueHistory;

/**
 * The FreeMarker templates in {@code templates/}, read from disk at every run so that a
 * changed sentence needs no rebuild. Auto-escaping is on (.ftlh); templates cannot create
 * Java objects or reach the API.
 */
public final class Templates {

	private final Configuration configuration;

	private final Path folder;

	private final ValueHistory history;

	private final Phrases phrases;

	private final String cityWord;

	public Templates(Path folder) {
		this(folder, ValueHistory.NONE, new Phrases(ProseStyle.DEFAULT));
	}

	/**
	 * @param history stored values, for phrases against a baseline period; @param phrases
	 * the deployment's style
	 */
	public Templates(Path folder, ValueHistory history, Phrases phrases) {
		this(folder, history, phrases, "全市");
	}

	/**
	 * @param cityWord how a city's documents name its whole: 全市, or 全省 where the
	 * catalog's "cities" are provinces (every 全市 the prose and the templates write
	 * becomes it)
	 */
	public Templates(Path folder, ValueHistory history, Phrases phrases, String cityWord) {
		this.cityWord = cityWord;
		this.history = history;
		this.phrases = phrases;
		if (!Files.isDirectory(folder)) {
			throw new RenderException("找不到模板目录 " + folder.toAbsolutePath());
		}
		this.folder = folder;
		Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
		try {
			cfg.setDirectoryForTemplateLoading(folder.toFile());
		}
		catch (IOException ex) {
			throw new RenderException("模板目录 " + folder + " 无法读取", ex);
		}
		cfg.setDefaultEncoding("UTF-8");
		cfg.setRecognizeStandardFileExtensions(true);
		cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
		// A template edited between two runs of a long-lived process (restart, service
		// mode) is read afresh.
		cfg.setTemplateUpdateDelayMilliseconds(0);
		cfg.setLogTemplateExceptions(false);
		cfg.setWrapUncheckedExceptions(true);
		cfg.setFallbackOnNullLoopVariable(false);
		cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
		cfg.setAPIBuiltinEnabled(false);
		cfg.setNumberFormat("computer");
		DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
		wrapper.setExposeFields(false);
		DefaultObjectWrapper objectWrapper = wrapper.build();
		cfg.setObjectWrapper(objectWrapper);
		this.configuration = cfg;
	}

	public Path folder() {
		return this.folder;
	}

	/**
	 * Renders {@code template} with {@code model} plus the phrase methods documented in
	 * templates/README.md, which find zones' facts in {@code document}.
	 */
	public String render(String template, Map<String, Object> model, FactLookup document) {
		Map<String, Object> data = new HashMap<>(new PhraseMethods(document, this.history, this.phrases).all());
		data.putAll(model);
		try {
			StringWriter out = new StringWriter();
			this.configuration.getTemplate(template).process(data, out);
			String xhtml = out.toString().strip();
			return this.cityWord.equals("全市") ? xhtml : xhtml.replace("全市", this.cityWord);
		}
		catch (ParseException ex) {
			throw new RenderException(where(ex.getTemplateName(), template, ex.getLineNumber(), ex.getColumnNumber())
					+ "有语法错误（" + firstLine(ex.getEditorMessage()) + "），请对照 templates/README.md 改正", ex);
		}
		catch (TemplateException ex) {
			String blamed = ex.getBlamedExpressionString();
			throw new RenderException(
					where(ex.getTemplateSourceName(), template, ex.getLineNumber(), ex.getColumnNumber())
							+ (blamed != null ? "的“" + blamed + "”无法取值（名称写错，或本期没有这项内容）"
									: "出错（" + firstLine(ex.getMessageWithoutStackTop()) + "）")
							+ "，请对照 templates/README.md 改正",
					ex);
		}
		catch (IOException ex) {
			throw new RenderException("模板 " + template + " 无法读取：" + this.folder.resolve(template), ex);
		}
		catch (RuntimeException ex) {
			Throwable cause = ex.getCause() != null ? ex.getCause() : ex;
			throw new RenderException("模板 " + template + " 出错：" + cause.getMessage(), ex);
		}
	}

	/** "模板 zone-briefing.ftlh 第12行第5列": where a secretary finds the mistake. */
	private String where(String source, String template, Integer line, Integer column) {
		String file = source != null ? source : template;
		return "模板 " + this.folder.resolve(file) + (line != null ? " 第" + line + "行" : "")
				+ (column != null ? "第" + column + "列" : "");
	}

	private static String firstLine(String text) {
		return text == null ? "" : text.lines().findFirst().orElse("").strip();
	}

	/** Renders a template that uses no zone facts. */
	public String render(String template, Map<String, Object> model) {
		return render(template, model, new FactLookup() {
			@Override
			public Optional<Map<String, Fact>> factsOf(String zone) {
				return Optional.empty();
			}

			@Override
			public Period reportPeriod() {
				throw new IllegalStateException("no period");
			}

			@Override
			public String data() {
				return model.toString();
			}
		});
	}

}
