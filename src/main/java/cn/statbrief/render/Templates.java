package cn.statbrief.render;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.statbrief.narrate.ChineseNumerals;
import cn.statbrief.narrate.Fact;
import cn.statbrief.narrate.LeadComposer;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.utility.DeepUnwrap;

/**
 * The FreeMarker templates in {@code templates/}, read from disk at every run so that a changed sentence
 * needs no rebuild. Auto-escaping is on (.ftlh); templates cannot create Java objects or reach the API.
 */
public final class Templates {

	private final Configuration configuration;

	private final Path folder;

	public Templates(Path folder) {
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

	/** Renders {@code template} with {@code model} plus the phrase methods documented in templates/README.md. */
	public String render(String template, Map<String, Object> model) {
		Map<String, Object> data = new HashMap<>(model);
		LeadComposer composer = new LeadComposer();
		data.put("lead", (TemplateMethodModelEx) args -> composer.compose(facts(args, "lead"), strings(args)));
		data.put("shared", (TemplateMethodModelEx) args -> composer.shared(facts(args, "shared"), strings(args)));
		data.put("cn", (TemplateMethodModelEx) args -> ChineseNumerals.of(((TemplateNumberModel) args.get(0)).getAsNumber().intValue()));
		try {
			StringWriter out = new StringWriter();
			this.configuration.getTemplate(template).process(data, out);
			return out.toString().strip();
		}
		catch (IOException | TemplateException ex) {
			throw new RenderException("模板 " + template + " 出错：" + ex.getMessage().lines().findFirst().orElse(""), ex);
		}
		catch (RuntimeException ex) {
			Throwable cause = ex.getCause() != null ? ex.getCause() : ex;
			throw new RenderException("模板 " + template + " 出错：" + cause.getMessage(), ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Fact> facts(List<?> args, String method) throws TemplateModelException {
		if (args.isEmpty()) {
			throw new TemplateModelException(method + "(...) 的第一个参数应为 zone.facts");
		}
		Object unwrapped = DeepUnwrap.unwrap((freemarker.template.TemplateModel) args.get(0));
		if (!(unwrapped instanceof Map<?, ?> map)) {
			throw new TemplateModelException(method + "(...) 的第一个参数应为 zone.facts");
		}
		return (Map<String, Fact>) map;
	}

	private static List<String> strings(List<?> args) throws TemplateModelException {
		List<String> out = new java.util.ArrayList<>();
		for (Object arg : args.subList(1, args.size())) {
			out.add(DeepUnwrap.unwrap((freemarker.template.TemplateModel) arg).toString());
		}
		return out;
	}
}
