package dev.kakehashi.contract;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.kakehashi.testing.ProjectFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

/**
 * The dependency rule: domain packages know nothing of the hosts, Active Objects or JAX-RS; only adapter packages
 * (named by technology or product) touch them, and AO entities never leave their store's package.
 */
public class ArchitectureTest {
    private static final Set<String> ADAPTERS = Set.of("ao", "rest", "web", "sal", "cache", "cluster", "applinks", "jira",
            "confluence");
    private static final List<String> HOST_PREFIXES = List.of("com.atlassian.", "net.java.ao.", "jakarta.ws.",
            "jakarta.servlet.", "jakarta.inject.");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    private static String packageOf(Path source) {
        return ProjectFiles.MAIN_JAVA.relativize(source.getParent()).toString().replace('/', '.');
    }

    private static boolean isAdapter(String pkg) {
        return ADAPTERS.contains(pkg.substring(pkg.lastIndexOf('.') + 1));
    }

    private static List<String> imports(Path source) {
        List<String> imports = new ArrayList<>();
        Matcher m = IMPORT.matcher(ProjectFiles.read(source));
        while (m.find()) {
            imports.add(m.group(1));
        }
        return imports;
    }

    @Test
    public void domainImportsNoHostAoOrJaxRsType() {
        List<String> violations = new ArrayList<>();
        List<Path> sources = ProjectFiles.files(ProjectFiles.MAIN_JAVA, ".java");
        int domainFiles = 0;
        for (Path source : sources) {
            if (isAdapter(packageOf(source))) {
                continue;
            }
            domainFiles++;
            for (String imported : imports(source)) {
                if (HOST_PREFIXES.stream().anyMatch(imported::startsWith)) {
                    violations.add(source.getFileName() + " imports " + imported);
                }
            }
        }
        assertTrue("domain sources are checked", domainFiles > 10);
        assertEquals(List.of(), violations);
    }

    @Test
    public void aoEntitiesAreUsedOnlyByStores() {
        List<String> violations = new ArrayList<>();
        for (Path source : ProjectFiles.files(ProjectFiles.MAIN_JAVA, ".java")) {
            String pkg = packageOf(source);
            for (String imported : imports(source)) {
                if (isEntity(imported) && !pkg.endsWith(".ao")) {
                    violations.add(source.getFileName() + " imports " + imported);
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    private static boolean isEntity(String className) {
        if (!className.startsWith("dev.kakehashi.")) {
            return false;
        }
        try {
            return net.java.ao.RawEntity.class.isAssignableFrom(Class.forName(className));
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    @Test
    public void productTypesAreUsedOnlyInTheirProductsPackages() {
        List<String> violations = new ArrayList<>();
        for (Path source : ProjectFiles.files(ProjectFiles.MAIN_JAVA, ".java")) {
            String pkg = packageOf(source);
            for (String imported : imports(source)) {
                if (imported.startsWith("com.atlassian.jira.") && !pkg.endsWith(".jira")) {
                    violations.add(source.getFileName() + " imports " + imported);
                }
                if ((imported.startsWith("com.atlassian.confluence.") || imported.startsWith("com.atlassian.user."))
                        && !pkg.endsWith(".confluence")) {
                    violations.add(source.getFileName() + " imports " + imported);
                }
            }
        }
        assertEquals(List.of(), violations);
    }
}
