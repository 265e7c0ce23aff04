package org.ephr.server.summary;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.fhirpath.IFhirPath;
import ca.uhn.fhir.fhirpath.IFhirPathEvaluationContext;
import ca.uhn.fhir.narrative.INarrativeGenerator;
import ca.uhn.fhir.narrative2.BaseNarrativeGenerator;
import ca.uhn.fhir.narrative2.INarrativeTemplate;
import ca.uhn.fhir.narrative2.NarrativeGeneratorTemplateUtils;
import ca.uhn.fhir.narrative2.NarrativeTemplateManifest;
import ca.uhn.fhir.narrative2.TemplateTypeEnum;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.hl7.fhir.instance.model.api.IBase;
import org.hl7.fhir.instance.model.api.IIdType;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.cache.AlwaysValidCacheEntryValidity;
import org.thymeleaf.cache.ICacheEntryValidity;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractTemplateResolver;
import org.thymeleaf.templateresource.ITemplateResource;
import org.thymeleaf.templateresource.StringTemplateResource;

/**
 * HAPI's Thymeleaf narratives (the IPS templates and the e-PHR's) rendered by one template engine for the life of the
 * server. HAPI 8.8's own generator builds a new Thymeleaf engine for every template it applies and reads the template
 * from the classpath again each time, and its IPS generator builds a new generator, re-reading the manifests, for
 * every section of every document: most of a summary's CPU. Here the manifests are read once and Thymeleaf keeps the
 * parsed templates. Same templates, variables ({@code resource}, {@code context}, {@code narrativeUtil},
 * {@code fhirVersion}) and {@code #fhirpath} expression object as HAPI's generator; its {@code th:narrative}
 * processors are left out (no template here uses them).
 *
 * <p>Thread-safe: the Thymeleaf engine, its template cache and the manifest are shared read-only; what belongs to one
 * document (how references resolve) travels in the per-call Thymeleaf context.
 */
final class SharedNarrativeGenerator {

    private static final EnumSet<TemplateTypeEnum> STYLE = EnumSet.of(TemplateTypeEnum.THYMELEAF);
    private static final String FHIRPATH = "fhirpath";
    /** Context variable holding the document's reference resolver, for {@code #fhirpath}. */
    private static final String RESOLVER = "ephrReferenceResolver";

    private final FhirContext fhirContext;
    private final NarrativeTemplateManifest manifest;
    private final TemplateEngine engine = new TemplateEngine();
    private final Map<String, String> templateTexts = new ConcurrentHashMap<>();

    SharedNarrativeGenerator(FhirContext fhirContext, List<String> narrativePropertyFiles) {
        this.fhirContext = fhirContext;
        this.manifest = NarrativeTemplateManifest.forManifestFileLocation(narrativePropertyFiles);
        engine.setTemplateResolver(new ManifestTemplateResolver());
        engine.addDialect(new FhirPathDialect());
    }

    /**
     * A narrative generator for one document: {@code resolve()} in the templates finds resources through
     * {@code resolver} (null when the document does not hold the referenced resource). Cheap; not to be kept.
     */
    INarrativeGenerator forDocument(Function<IIdType, IBase> resolver) {
        return new DocumentNarratives(resolver);
    }

    private final class DocumentNarratives extends BaseNarrativeGenerator {
        private final Function<IIdType, IBase> resolver;

        DocumentNarratives(Function<IIdType, IBase> resolver) {
            this.resolver = resolver;
        }

        @Override
        protected NarrativeTemplateManifest getManifest() {
            return manifest;
        }

        @Override
        protected EnumSet<TemplateTypeEnum> getStyle() {
            return STYLE;
        }

        @Override
        protected String applyTemplate(FhirContext context, INarrativeTemplate template, IBase target) {
            var variables = new Context();
            variables.setVariable("resource", target);
            variables.setVariable("context", target);
            variables.setVariable("narrativeUtil", NarrativeGeneratorTemplateUtils.INSTANCE);
            variables.setVariable(
                    "fhirVersion", context.getVersion().getVersion().name());
            variables.setVariable(RESOLVER, resolver);
            return engine.process(template.getTemplateName(), variables);
        }
    }

    /**
     * Templates by manifest name (a section's template) or fragment name ({@code ~{IpsUtilityFragments :: ...}}),
     * read once; always valid, so that Thymeleaf caches them parsed.
     */
    private final class ManifestTemplateResolver extends AbstractTemplateResolver {

        @Override
        protected boolean computeResolvable(
                IEngineConfiguration configuration, String owner, String name, Map<String, Object> attributes) {
            return find(owner, name) != null;
        }

        @Override
        protected ITemplateResource computeTemplateResource(
                IEngineConfiguration configuration, String owner, String name, Map<String, Object> attributes) {
            INarrativeTemplate template = find(owner, name);
            if (template == null) {
                throw new IllegalArgumentException("No narrative template named " + name);
            }
            String key = template.getTemplateName();
            return new StringTemplateResource(templateTexts.computeIfAbsent(key, k -> template.getTemplateText()));
        }

        @Override
        protected TemplateMode computeTemplateMode(
                IEngineConfiguration configuration, String owner, String name, Map<String, Object> attributes) {
            return TemplateMode.XML;
        }

        @Override
        protected ICacheEntryValidity computeValidity(
                IEngineConfiguration configuration, String owner, String name, Map<String, Object> attributes) {
            return AlwaysValidCacheEntryValidity.INSTANCE;
        }

        /** A top-level template by its name; one referred to from another template by fragment name, else by name. */
        private INarrativeTemplate find(String owner, String name) {
            List<INarrativeTemplate> found =
                    owner == null ? List.of() : manifest.getTemplateByFragmentName(fhirContext, STYLE, name);
            if (found.isEmpty()) {
                found = manifest.getTemplateByName(fhirContext, STYLE, name);
            }
            return found.isEmpty() ? null : found.get(0);
        }
    }

    /** {@code #fhirpath.evaluate(input, expression)} and {@code #fhirpath.evaluateFirst(input, expression)}. */
    private final class FhirPathDialect extends AbstractDialect implements IExpressionObjectDialect {

        FhirPathDialect() {
            super("ephr-fhirpath");
        }

        @Override
        public IExpressionObjectFactory getExpressionObjectFactory() {
            return new IExpressionObjectFactory() {
                @Override
                public Set<String> getAllExpressionObjectNames() {
                    return Set.of(FHIRPATH);
                }

                @Override
                @SuppressWarnings("unchecked")
                public Object buildObject(IExpressionContext context, String name) {
                    return FHIRPATH.equals(name)
                            ? new FhirPathFunctions(
                                    fhirContext, (Function<IIdType, IBase>) context.getVariable(RESOLVER))
                            : null;
                }

                @Override
                public boolean isCacheable(String name) {
                    return true; // for one template execution, whose variables (the resolver) do not change
                }
            };
        }
    }

    private static final class FhirPathFunctions {
        private final FhirContext fhirContext;
        private final Function<IIdType, IBase> resolver;

        FhirPathFunctions(FhirContext fhirContext, Function<IIdType, IBase> resolver) {
            this.fhirContext = fhirContext;
            this.resolver = resolver;
        }

        public IBase evaluateFirst(IBase input, String expression) {
            return fhirPath().evaluateFirst(input, expression, IBase.class).orElse(null);
        }

        public List<IBase> evaluate(IBase input, String expression) {
            return fhirPath().evaluate(input, expression, IBase.class);
        }

        private IFhirPath fhirPath() {
            IFhirPath fhirPath = fhirContext.newFhirPath();
            if (resolver != null) {
                fhirPath.setEvaluationContext(new IFhirPathEvaluationContext() {
                    @Override
                    public IBase resolveReference(IIdType reference, IBase context) {
                        return resolver.apply(reference);
                    }
                });
            }
            return fhirPath;
        }
    }
}
