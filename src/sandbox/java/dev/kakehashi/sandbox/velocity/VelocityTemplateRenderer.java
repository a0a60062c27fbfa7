package dev.kakehashi.sandbox.velocity;

import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.runtime.RuntimeInstance;
import org.apache.velocity.runtime.parser.ParseException;
import org.apache.velocity.runtime.parser.node.ASTDirective;
import org.apache.velocity.runtime.parser.node.Node;

/**
 * The host's template renderer: Velocity 1.7 over the class path, UTF-8, with the host's automatic HTML escaping
 * and its method allowlist. The caller's context gets {@code $i18n} unless it brings its own.
 */
public final class VelocityTemplateRenderer implements TemplateRenderer {
    private final RuntimeInstance velocity = new RuntimeInstance();
    private final Map<String, Object> defaults;

    public VelocityTemplateRenderer(Set<String> allowlist, Map<String, Object> defaults) {
        this.defaults = Map.copyOf(defaults);
        velocity.setProperty("resource.loader", "class");
        velocity.setProperty("class.resource.loader.class",
                "org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader");
        velocity.setProperty("class.resource.loader.cache", "true");
        velocity.setProperty("input.encoding", "UTF-8");
        velocity.setProperty("output.encoding", "UTF-8");
        velocity.setProperty("velocimacro.library", "");
        velocity.setProperty("runtime.log.logsystem.class", "org.apache.velocity.runtime.log.JdkLogChute");
        velocity.setProperty("runtime.introspector.uberspect", AllowlistUberspect.class.getName());
        velocity.setProperty("userdirective", DisableHtmlEscapingDirective.class.getName());
        velocity.setApplicationAttribute(AllowlistUberspect.ALLOWLIST, allowlist.stream()
                .map(s -> s.replaceAll("\\s+", "")).collect(Collectors.toUnmodifiableSet()));
        try {
            velocity.init();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start Velocity: " + e, e);
        }
    }

    @Override
    public void render(String templateName, Writer writer) throws IOException {
        render(templateName, Map.of(), writer);
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer) throws IOException {
        Template template;
        try {
            template = velocity.getTemplate(templateName, "UTF-8");
        } catch (Exception e) {
            throw new RenderingException("Cannot load template " + templateName + ": " + e.getMessage(), e);
        }
        StringWriter out = new StringWriter();
        try {
            template.merge(context(context, !disablesEscaping((Node) template.getData())), out);
        } catch (RuntimeException e) {
            throw failure(templateName, e);
        }
        writer.write(out.toString());
    }

    @Override
    public String renderFragment(String fragment, Map<String, Object> context) {
        boolean escape;
        try {
            escape = !disablesEscaping(velocity.parse(new StringReader(fragment), "fragment"));
        } catch (ParseException e) {
            throw new RenderingException("Cannot parse fragment: " + e.getMessage(), e);
        }
        StringWriter out = new StringWriter();
        try {
            velocity.evaluate(context(context, escape), out, "fragment", fragment);
        } catch (RuntimeException e) {
            throw failure("fragment", e);
        }
        return out.toString();
    }

    @Override
    public boolean resolve(String templateName) {
        return velocity.getLoaderNameForResource(templateName) != null;
    }

    private VelocityContext context(Map<String, Object> given, boolean escape) {
        Map<String, Object> values = new HashMap<>(defaults);
        if (given != null) {
            values.putAll(given);
        }
        VelocityContext context = new VelocityContext(values);
        if (escape) {
            EventCartridge events = new EventCartridge();
            events.addEventHandler(new HtmlEscapingHandler());
            events.attachToContext(context);
        }
        return context;
    }

    private static RenderingException failure(String templateName, RuntimeException e) {
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof AllowlistViolation)) {
            cause = cause.getCause();
        }
        String message = cause instanceof AllowlistViolation ? cause.getMessage() : e.getMessage();
        return new RenderingException("Rendering " + templateName + " failed: " + message, e);
    }

    private static boolean disablesEscaping(Node node) {
        if (node instanceof ASTDirective directive
                && DisableHtmlEscapingDirective.NAME.equals(directive.getDirectiveName())) {
            return true;
        }
        for (int i = 0; i < node.jjtGetNumChildren(); i++) {
            if (disablesEscaping(node.jjtGetChild(i))) {
                return true;
            }
        }
        return false;
    }
}
