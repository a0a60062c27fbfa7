package dev.kakehashi.contract;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ReadOnlyApplicationLink;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import net.java.ao.RawEntity;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The dependency rule, read from the compiled classes: domain packages know nothing of the hosts, Active Objects or
 * JAX-RS; only adapter packages (named by technology or product) touch them; AO entities never leave their store's
 * package; each product's API stays in that product's packages; logging goes through SLF4J, which reaches the
 * products' logs; calls to the other product go through the link's impersonating factory, as the reader.
 */
public class ArchitectureTest {
    private static final Set<String> ADAPTERS = Set.of("ao", "rest", "web", "sal", "cache", "cluster",
            "scheduler", "applinks", "jira", "confluence");
    private static JavaClasses plugin;

    @BeforeClass
    public static void importPlugin() {
        plugin = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.kakehashi");
    }

    private static final DescribedPredicate<JavaClass> DOMAIN = describe("are in a domain package",
            c -> !ADAPTERS.contains(c.getPackageName().substring(c.getPackageName().lastIndexOf('.') + 1)));

    private static final DescribedPredicate<JavaClass> AO_ENTITY = describe("are Active Objects entities of the plugin",
            c -> c.getPackageName().startsWith("dev.kakehashi.") && c.isAssignableTo(RawEntity.class));

    @Test
    public void domainUsesNoHostAoOrJaxRsType() {
        noClasses().that(DOMAIN).should().dependOnClassesThat()
                .resideInAnyPackage("com.atlassian..", "net.java.ao..", "jakarta.ws..", "jakarta.servlet..",
                        "jakarta.inject..", "org.springframework..", "org.osgi..", "com.fasterxml..")
                .check(plugin);
    }

    @Test
    public void aoEntitiesLiveInAoPackages() {
        classes().that(AO_ENTITY).should().resideInAPackage("..ao").check(plugin);
    }

    @Test
    public void aoEntitiesAreUsedOnlyByStores() {
        noClasses().that().resideOutsideOfPackage("..ao").should().dependOnClassesThat(AO_ENTITY).check(plugin);
    }

    @Test
    public void jiraTypesAreUsedOnlyInJiraPackages() {
        noClasses().that().resideOutsideOfPackage("..jira").should().dependOnClassesThat()
                .resideInAnyPackage("com.atlassian.jira..").check(plugin);
    }

    @Test
    public void confluenceTypesAreUsedOnlyInConfluencePackages() {
        noClasses().that().resideOutsideOfPackage("..confluence").should().dependOnClassesThat()
                .resideInAnyPackage("com.atlassian.confluence..", "com.atlassian.user..", "com.atlassian.core.task..")
                .check(plugin);
    }

    /**
     * Confluence may hide its task and mail queues' packages from apps: in Confluence one class names them, loaded only
     * when they are there.
     */
    @Test
    public void onlyTheMailQueueClassNamesConfluencesQueues() {
        noClasses().that(describe("are neither ConfluenceMailQueue nor in a Jira package",
                        c -> !c.getPackageName().endsWith(".jira")
                                && (!c.getName().startsWith("dev.kakehashi.notify.confluence.ConfluenceMailQueue")
                                || c.getName().startsWith("dev.kakehashi.notify.confluence.ConfluenceMailQueueOutbox"))))
                .should().dependOnClassesThat().resideInAnyPackage("com.atlassian.core.task..",
                        "com.atlassian.mail.queue..").check(plugin);
    }

    /**
     * Feature packages (admin, thanks, collaboration, ...) and their adapters form no cycle: a feature may use another
     * one way only. The configuration page, which shows every feature, lives in its own package that nothing uses.
     */
    @Test
    public void featurePackagesFormNoCycle() {
        slices().matching("dev.kakehashi.(*)..").should().beFreeOfCycles().check(plugin);
    }

    @Test
    public void callsToTheOtherProductNeverActAsTheLinksConfiguredUser() {
        noClasses().should().callMethod(ApplicationLink.class, "createAuthenticatedRequestFactory")
                .orShould().callMethod(ReadOnlyApplicationLink.class, "createAuthenticatedRequestFactory")
                .check(plugin);
    }

    @Test
    public void logsThroughSlf4jOnly() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.util.logging..", "org.apache.log4j..",
                "org.apache.logging..").orShould().accessField(System.class, "out")
                .orShould().accessField(System.class, "err").check(plugin);
    }
}
