package dev.kakehashi.sandbox.velocity;

import java.io.Writer;
import org.apache.velocity.context.InternalContextAdapter;
import org.apache.velocity.runtime.directive.Directive;
import org.apache.velocity.runtime.parser.node.Node;

/**
 * {@code #disable_html_escaping()}: renders nothing; the renderer sees it in the parsed template and turns escaping
 * off for the whole template, as the host does.
 */
public final class DisableHtmlEscapingDirective extends Directive {
    public static final String NAME = "disable_html_escaping";

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public int getType() {
        return LINE;
    }

    @Override
    public boolean render(InternalContextAdapter context, Writer writer, Node node) {
        return true;
    }
}
