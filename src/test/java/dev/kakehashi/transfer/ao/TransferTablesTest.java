package dev.kakehashi.transfer.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.platform.ao.AoModel;
import dev.kakehashi.testing.ProjectFiles;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.schema.FieldNameConverter;
import org.junit.Test;
import org.w3c.dom.Element;

public class TransferTablesTest {
    @Test
    public void everyEntityOfTheAoModuleIsExportedOrNamedAsNotData() throws Exception {
        Set<String> declared = new HashSet<>();
        for (Element entity : ProjectFiles.elements(ProjectFiles.descriptor(), "entity")) {
            declared.add(entity.getTextContent().trim());
        }
        Set<String> covered = new HashSet<>();
        TransferTables.ALL.forEach(t -> covered.add(t.entity().getName()));
        TransferTables.NOT_EXPORTED.forEach(e -> covered.add(e.getName()));
        assertEquals(declared, covered);
        assertEquals(TransferTables.ALL.size() + TransferTables.NOT_EXPORTED.size(), covered.size());
    }

    @Test
    public void theModelVersionIsTheNumberOfUpgradeTasks() {
        assertEquals(ProjectFiles.elements(ProjectFiles.descriptor(), "upgradeTask").size(), AoModel.VERSION);
    }

    @Test
    public void parentsComeBeforeTheTablesReferringToThem() {
        List<Class<?>> seen = new ArrayList<>();
        for (TransferTable table : TransferTables.ALL) {
            for (TransferTable.Reference reference : table.references()) {
                assertTrue(table.name() + " before its parent", seen.contains(reference.parent()));
            }
            seen.add(table.entity());
        }
    }

    @Test
    public void columnNamesAreTheOnesTheHostsNameConverterGives() {
        FieldNameConverter converter = new AtlassianFieldNameConverter();
        int checked = 0;
        for (TransferTable table : TransferTables.ALL) {
            for (TransferTable.Column column : table.columns()) {
                assertEquals(table.name(), converter.getName(column.getter()), column.name());
                checked++;
            }
        }
        assertTrue(checked > 100);
    }

    @Test
    public void theFormatPageListsEveryTableAndColumn() {
        String page = ProjectFiles.read(ProjectFiles.ROOT.resolve("docs/EXPORT-FORMAT.md"));
        for (TransferTable table : TransferTables.ALL) {
            String prefix = "| `" + table.name() + "` | ";
            int at = page.indexOf(prefix);
            assertTrue(table.name() + " is listed", at >= 0);
            String line = page.substring(at, page.indexOf('\n', at));
            for (TransferTable.Column column : table.columns()) {
                assertTrue(table.name() + "." + column.name() + " is listed",
                        line.contains("`" + column.name() + "` "));
            }
        }
    }

    @Test
    public void everyGetterOfAnEntityIsAColumn() {
        TransferTable goal = TransferTables.named("GOAL");
        assertEquals("ID", goal.columns().get(0).name());
        assertEquals(-1, goal.column("DESCRIPTION").maxLength());
        assertEquals(255, goal.column("TITLE").maxLength());
        assertTrue(TransferTables.named("DEPARTMENT").column("DEPARTMENT_KEY").unique());
        assertTrue(TransferTables.named("DEPARTMENT").column("ACTIVE").notNull());
    }
}
