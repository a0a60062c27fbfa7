package dev.kakehashi.knowledge;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

public class PageContentTest {
    private static final String HOSTILE = "<script>alert(1)</script>\"'&<ac:structured-macro ac:name=\"html\"/>";
    private static final Map<String, String> NAMES = Map.of("sales", "営業", "development", "開発");
    private static final LinkedRequest.Person NOBODY = new LinkedRequest.Person("", "");

    private static PageContent content(PageDraft draft, LinkedRequest request, String issueUrl) {
        return new PageContent(draft, request, issueUrl, k -> NAMES.getOrDefault(k, k), k -> "[" + k + "]");
    }

    private static PageDraft draft(KnowledgeKind kind, List<String> departments, String request, String summary) {
        return new PageDraft(kind, "title", departments, request, summary, LocalDate.of(2026, 12, 4));
    }

    private static LinkedRequest request(String purpose, String url) {
        return new LinkedRequest("COLLAB-3", "要望を共有する" + HOSTILE, url, "sales", "development", purpose,
                new LinkedRequest.Person("tanaka", "田中 " + HOSTILE), new LinkedRequest.Person("suzuki", "鈴木"),
                NOBODY);
    }

    /** Parses a fragment as storage format: it must be well-formed and its elements are what it holds. */
    private static Element parse(String fragment) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(
                "<root xmlns:ac=\"http://atlassian.com/content\">" + fragment + "</root>")));
        return doc.getDocumentElement();
    }

    @Test
    public void aResultsPageIsPrefilledFromItsRequestWithEveryTextEscaped() throws Exception {
        Map<String, String> v = content(draft(KnowledgeKind.RESULTS, List.of(), "COLLAB-3", HOSTILE),
                request("目的\n" + HOSTILE, "https://jira.example.com/browse/COLLAB-3"), null).variables();
        for (String name : List.of(PageContent.REQUEST, PageContent.PURPOSE, PageContent.SUMMARY, PageContent.PEOPLE,
                PageContent.THANKS)) {
            Element root = parse(v.get(name));
            assertEquals(name + " holds no script", 0, root.getElementsByTagName("script").getLength());
            assertEquals(name + " holds no injected macro", 0, root.getElementsByTagNameNS(
                    "http://atlassian.com/content", "structured-macro").getLength()
                    - (name.equals(PageContent.THANKS) ? 1 : 0));
        }
        assertTrue(v.get(PageContent.PURPOSE), v.get(PageContent.PURPOSE).startsWith("<p>目的<br/>&lt;script&gt;"));
        assertEquals("営業, 開発".replace(", ", "[kakehashi.knowledge.list.separator]"),
                v.get(PageContent.DEPARTMENT_NAMES));
        Element link = (Element) parse(v.get(PageContent.REQUEST)).getElementsByTagName("a").item(0);
        assertEquals("https://jira.example.com/browse/COLLAB-3", link.getAttribute("href"));
        assertTrue(v.get(PageContent.PEOPLE).contains("田中 &lt;script&gt;"));
    }

    @Test
    public void sectionsNothingIsKnownAboutGetTheEditorsGuidance() throws Exception {
        Map<String, String> v = content(draft(KnowledgeKind.RESULTS, List.of(), null, ""), null, null).variables();
        assertEquals("<p><ac:placeholder>[kakehashi.knowledge.results.guide.purpose]</ac:placeholder></p>",
                v.get(PageContent.PURPOSE));
        assertEquals("the page does not ask for a request key that nothing would read",
                "<p>[kakehashi.knowledge.request.none]</p>", v.get(PageContent.REQUEST));
        assertEquals("", v.get(PageContent.DEPARTMENT_NAMES));
        parse(v.get(PageContent.THANKS));
    }

    @Test
    public void onlyWebLinksBecomeLinksToTheRequest() throws Exception {
        String viaRequest = content(draft(KnowledgeKind.MEETING, List.of("sales"), "COLLAB-3", ""),
                request("", "javascript:alert(1)"), null).variables().get(PageContent.REQUEST);
        assertEquals(0, parse(viaRequest).getElementsByTagName("a").getLength());
        String viaLink = content(draft(KnowledgeKind.MEETING, List.of("sales"), "COLLAB-3", ""), null,
                "http://jira.local/browse/COLLAB-3").variables().get(PageContent.REQUEST);
        assertEquals("<p><a href=\"http://jira.local/browse/COLLAB-3\">COLLAB-3</a></p>", viaLink);
    }

    @Test
    public void theDepartmentsAreTheWizardsOrElseTheRequestsAndGiveTheLabels() {
        PageContent chosen = content(draft(KnowledgeKind.RESULTS, List.of("development"), "COLLAB-3", ""),
                request("", ""), null);
        assertEquals(List.of("development"), chosen.departments());
        PageContent fromRequest = content(draft(KnowledgeKind.RESULTS, List.of(), "COLLAB-3", ""), request("", ""), null);
        assertEquals(List.of("sales", "development"), fromRequest.departments());
        assertEquals(List.of("kakehashi-dept-sales", "kakehashi-dept-development", "kakehashi-request-collab-3"),
                fromRequest.labels());
    }

    @Test
    public void theThanksMacroNamesThePartnerContactAndTheDepartments() throws Exception {
        String thanks = content(draft(KnowledgeKind.RESULTS, List.of("sales", "development"), "COLLAB-3", ""),
                request("", ""), null).variables().get(PageContent.THANKS);
        Element macro = (Element) parse(thanks).getElementsByTagNameNS("http://atlassian.com/content",
                "structured-macro").item(0);
        assertEquals(PageContent.THANKS_MACRO, macro.getAttributeNS("http://atlassian.com/content", "name"));
        assertTrue(thanks, thanks.contains("<ac:parameter ac:name=\"people\">suzuki</ac:parameter>"));
        assertTrue(thanks, thanks.contains("<ac:parameter ac:name=\"departments\">sales,development</ac:parameter>"));
    }

    @Test
    public void eachKindFillsItsOwnSections() {
        Map<String, String> plan = content(draft(KnowledgeKind.PLAN, List.of("sales"), null, "目的"), null, null)
                .variables();
        assertTrue(plan.containsKey(PageContent.WHO));
        assertFalse(plan.containsKey(PageContent.THANKS));
        assertEquals("<p>目的</p>", plan.get(PageContent.SUMMARY));
        Map<String, String> meeting = content(draft(KnowledgeKind.MEETING, List.of("sales", "development"), null, ""),
                null, null).variables();
        assertTrue(meeting.get(PageContent.ACTIONS), meeting.get(PageContent.ACTIONS).contains("<strong>開発</strong>"));
        assertEquals(2, meeting.get(PageContent.ACTIONS).split("<ac:task>", -1).length - 1);
        assertEquals("2026-12-04", meeting.get(PageContent.DATE));
    }
}
