package dev.kakehashi.thanks.confluence;

import static dev.kakehashi.testing.FakePeople.key;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.templaterenderer.TemplateRenderer;
import dev.kakehashi.admin.CompanyValue;
import dev.kakehashi.admin.DepartmentName;
import dev.kakehashi.platform.LinkedApplication;
import dev.kakehashi.testing.FakePeople;
import dev.kakehashi.thanks.ThanksContext;
import dev.kakehashi.thanks.web.ThanksView;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Before;
import org.junit.Test;

/** The thanks-wall macro's parameters: keys or names accepted, mistakes told to the page's editors only. */
public class ThanksWallMacroTest {
    private final ThanksView view = mock(ThanksView.class);
    private final TemplateRenderer renderer = mock(TemplateRenderer.class);
    private final FakePeople people = new FakePeople().with("suzuki", "鈴木 大輔", "development")
            .with("ito", "伊藤 翔", "support");
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final UserAccessor users = mock(UserAccessor.class);
    private final ConversionContext context = mock(ConversionContext.class);
    private final AbstractPage page = mock(AbstractPage.class);
    private final LinkedApplication jira = mock(LinkedApplication.class);
    private final ThanksWallMacro macro = new ThanksWallMacro(view, renderer, people, permissions, users, jira);
    private Map<String, Object> rendered;

    @Before
    public void setUp() throws Exception {
        when(view.model(ThanksContext.NONE, false)).thenAnswer(i -> {
            Map<String, Object> model = new HashMap<>();
            model.put("departments", List.of(new DepartmentName("development", "Development", "開発", true),
                    new DepartmentName("sales", "Sales", "営業", true)));
            model.put("values", List.of(new CompanyValue("collaboration", "Collaboration", "協力", "", "", "🤝", 0,
                    true)));
            return model;
        });
        doAnswer(i -> {
            rendered = i.getArgument(1);
            return null;
        }).when(renderer).render(eq(ThanksWallMacro.TEMPLATE), any(), any());
        when(context.getEntity()).thenReturn(page);
        ConfluenceUser suzuki = mock(ConfluenceUser.class);
        when(users.getUserByKey(new UserKey(key("suzuki")))).thenReturn(suzuki);
        when(users.getUserByKey(new UserKey(key("ito")))).thenReturn(mock(ConfluenceUser.class));
        when(permissions.hasPermission(suzuki, Permission.EDIT, page)).thenReturn(true);
    }

    private Map<String, Object> render(String... parameters) throws Exception {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < parameters.length; i += 2) {
            map.put(parameters[i], parameters[i + 1]);
        }
        macro.execute(map, null, context);
        return rendered;
    }

    @SuppressWarnings("unchecked")
    private static List<ThanksWallMacro.Problem> problems(Map<String, Object> model) {
        return (List<ThanksWallMacro.Problem>) model.get("problems");
    }

    @Test
    public void aDepartmentIsGivenByItsKeyOrItsJapaneseOrEnglishName() throws Exception {
        people.loggedIn("ito");
        assertEquals("development", render("department", "development").get("filterDepartment"));
        assertEquals("development", render("department", "開発").get("filterDepartment"));
        assertEquals("development", render("department", " development ").get("filterDepartment"));
        assertEquals("sales", render("department", "sales", "value", "協力").get("filterDepartment"));
        assertEquals("collaboration", rendered.get("filterValue"));
        assertEquals(List.of(), problems(rendered));
        assertEquals(true, rendered.get("showWall"));
        assertEquals(true, rendered.get("filtered"));
    }

    @Test
    public void anUnknownDepartmentShowsReadersNoWallAndTellsOnlyTheEditors() throws Exception {
        people.loggedIn("ito");
        Map<String, Object> reader = render("department", "NOPE");
        assertEquals(false, reader.get("showWall"));
        assertEquals(false, reader.get("editor"));
        assertNull(reader.get("filterDepartment"));

        people.loggedIn("suzuki");
        Map<String, Object> editor = render("department", "NOPE");
        assertEquals(true, editor.get("editor"));
        assertEquals(List.of(new ThanksWallMacro.Problem("kakehashi.thanks.macro.problem.department", "NOPE")),
                problems(editor));
    }

    @Test
    public void theSizeIsBoundedFrom1To50WithAMessage() throws Exception {
        people.loggedIn("suzuki");
        Map<String, Object> big = render("size", "500");
        assertEquals("10", big.get("limit"));
        assertEquals("kakehashi.thanks.macro.problem.size", problems(big).get(0).key());
        assertTrue("a size alone does not hide the wall", (Boolean) big.get("showWall"));
        assertEquals("50", render("size", "50").get("limit"));
        assertEquals(List.of(), problems(rendered));
        assertEquals("kakehashi.thanks.macro.problem.size", problems(render("size", "0")).get(0).key());
        assertEquals("kakehashi.thanks.macro.problem.period", problems(render("period", "12")).get(0).key());
        assertEquals("30", rendered.get("filterDays"));
        assertFalse((Boolean) render().get("filtered"));
        assertEquals("10", rendered.get("limit"));
    }

    @Test
    public void theWallIsTheWholeCompanysWhenJiraIsLinkedUnlessThePageAsksForThisProductOnly() throws Exception {
        people.loggedIn("suzuki");
        when(jira.displayUrl()).thenReturn(Optional.of("http://jira.example"));
        assertEquals("company", render().get("scope"));
        assertEquals("product", render("scope", "product").get("scope"));
        when(jira.displayUrl()).thenReturn(Optional.empty());
        assertEquals("product", render().get("scope"));
        assertEquals("company", render("scope", "company").get("scope"));
        Map<String, Object> wrong = render("scope", "everything");
        assertEquals("product", wrong.get("scope"));
        assertEquals(List.of(new ThanksWallMacro.Problem("kakehashi.thanks.macro.problem.scope", "everything")),
                problems(wrong));
        assertTrue("a scope alone does not hide the wall", (Boolean) wrong.get("showWall"));
    }
}
