package dev.kakehashi.knowledge.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.message.I18nResolver;
import dev.kakehashi.knowledge.LinkState;
import dev.kakehashi.testing.ProjectFiles;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

public class KnowledgeLogViewTest {
    private final I18nResolver i18n = mock(I18nResolver.class);
    private final KnowledgeLogView view;

    public KnowledgeLogViewTest() {
        when(i18n.getText(anyString())).thenAnswer(call -> call.getArgument(0));
        view = new KnowledgeLogView(null, null, null, null, i18n, null, null);
    }

    @Test
    public void eachCauseHasItsOwnMessageForWhoeverJiraAnswered() {
        Set<String> messages = new HashSet<>();
        for (LinkState state : LinkState.values()) {
            if (state.retryable() && state != LinkState.PENDING) {
                assertTrue(state + " said once", messages.add(view.linkProblem(state, true)));
            }
        }
        assertEquals("kakehashi.knowledge.link.not.allowed", view.linkProblem(LinkState.NOT_ALLOWED, true));
        assertEquals("kakehashi.knowledge.link.not.found", view.linkProblem(LinkState.NOT_FOUND, true));
        assertEquals("", view.linkProblem(LinkState.RECORDED, true));
    }

    @Test
    public void anotherReaderCannotTellAMissingRequestFromARefusedChange() {
        assertEquals(view.linkProblem(LinkState.NOT_FOUND, false), view.linkProblem(LinkState.NOT_ALLOWED, false));
        assertNotEquals(view.linkProblem(LinkState.NOT_ALLOWED, true), view.linkProblem(LinkState.NOT_ALLOWED, false));
    }

    /** AUI's lozenges set text-transform: uppercase, which made "Jira" read "JIRA" in the log. */
    @Test
    public void theProblemIsPlainTextNotAnUpperCaseLozengeInTheTemplateAndTheScript() {
        String template = ProjectFiles.read(ProjectFiles.RESOURCES.resolve("templates/knowledge/log.vm"));
        String script = ProjectFiles.read(ProjectFiles.RESOURCES.resolve("js/kakehashi-knowledge.js"));
        Matcher inTemplate = Pattern.compile("<[^>]*kakehashi-knowledge-link-problem[^>]*>").matcher(template);
        assertTrue(inTemplate.find());
        assertFalse(inTemplate.group(), inTemplate.group().contains("aui-lozenge"));
        Matcher inScript = Pattern.compile("className = '[^']*kakehashi-knowledge-link-problem'").matcher(script);
        assertTrue(inScript.find());
        assertFalse(inScript.group(), inScript.group().contains("aui-lozenge"));
    }
}
