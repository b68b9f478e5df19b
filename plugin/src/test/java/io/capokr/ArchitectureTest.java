package io.capokr;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.constructors;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchUnitRunner;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.capokr.host.Messages;
import org.junit.runner.RunWith;

/**
 * DESIGN §5's package table, held by the build: which package of the app may use which. Departures taken in review
 * (README, "Where we departed from DESIGN.md") are written into the rules they bend, and nowhere else.
 * <p>
 * Only the plugin's own main classes are analysed: not its tests, and not jars on the test classpath such as
 * {@code ao-kit} (package {@code io.capokr.aokit}), a test fixture that must see AO's internals to build one.
 */
@RunWith(ArchUnitRunner.class)
@AnalyzeClasses(packages = "io.capokr",
        importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
public class ArchitectureTest {

    /** What Jira, its plugin system and its services bring; only the Jira adapters may see them. */
    private static final String[] JIRA_PLATFORM = {
            "com.atlassian.jira..", "com.atlassian.plugin..", "com.atlassian.webresource..",
            "com.atlassian.beehive..", "com.atlassian.event..", "com.atlassian.query.."};

    @ArchTest
    static final ArchRule domainSeesOnlyTheJdk = classes().that().resideInAPackage("io.capokr.okr..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.capokr.okr..")
            .because("the domain's rules (progress, health, grading, validation) must hold the same in Jira, the "
                    + "sandbox and a unit test, so they may use nothing but the JDK (DESIGN §5)");

    @ArchTest
    static final ArchRule onlyTheStoreSeesActiveObjects = noClasses().that().resideOutsideOfPackage("io.capokr.store..")
            .should().dependOnClassesThat().resideInAnyPackage("net.java.ao..", "com.atlassian.activeobjects..")
            .because("store is the only place that sees Active Objects: entities never leave it, everyone else "
                    + "works with domain values (DESIGN §5)");

    @ArchTest
    static final ArchRule theEdgeNeverReachesStoreOrJira = noClasses()
            .that().resideInAnyPackage("io.capokr.rest..", "io.capokr.web..")
            .should().dependOnClassesThat().resideInAnyPackage("io.capokr.store..", "io.capokr.jira..")
            .because("rest and web are thin: they go through the services, which check permissions and run "
                    + "transactions, and never touch AO or Jira directly (DESIGN §5)");

    @ArchTest
    static final ArchRule servicesKnowNoEdgeAndNoJira = noClasses().that().resideInAPackage("io.capokr.service..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.capokr.rest..", "io.capokr.web..", "io.capokr.jira..", "com.atlassian..")
            .because("use cases speak to the host through the ports of io.capokr.host only, so the same services "
                    + "run in Jira, in the sandbox and in tests, and arrows point down the table (DESIGN §5)");

    @ArchTest
    static final ArchRule portsSpeakInDomainValues = classes().that().resideInAPackage("io.capokr.host..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.capokr.host..", "io.capokr.okr..")
            .because("the host ports are what each host (Jira, the sandbox, the test host) implements: they may "
                    + "speak in domain values and JDK types only (DESIGN §5)");

    @ArchTest
    static final ArchRule storeSeesOnlyDomainAndActiveObjects = classes().that().resideInAPackage("io.capokr.store..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.capokr.store..", "io.capokr.okr..",
                    "net.java.ao..", "com.atlassian.activeobjects..", "com.atlassian.sal.api.transaction..")
            .because("store maps AO rows to domain values and nothing more; SAL's transaction callback is part of "
                    + "ActiveObjects' own API (DESIGN §5)");

    @ArchTest
    static final ArchRule onlyTheJiraAdaptersSeeJira = noClasses().that().resideOutsideOfPackage("io.capokr.jira..")
            .should().dependOnClassesThat().resideInAnyPackage(JIRA_PLATFORM)
            .because("the Jira implementations of the host ports are the one place that knows Jira's API, so the "
                    + "rest of the app runs unchanged in the sandbox and in tests (DESIGN §5)");

    @ArchTest
    static final ArchRule theEdgeUsesNoAtlassianApiButRestAnnotations = noClasses()
            .that().resideInAnyPackage("io.capokr.rest..", "io.capokr.web..")
            .should().dependOnClassesThat(resideInAPackage("com.atlassian..")
                    .and(not(resideInAPackage("com.atlassian.plugins.rest.."))))
            .because("resources may carry Atlassian REST's access annotations, which Jira's REST module reads; "
                    + "any other Atlassian type belongs behind a host port (DESIGN §5)");

    @ArchTest
    static final ArchRule theEdgeUsesNoHostPortButMessages = noClasses()
            .that().resideInAnyPackage("io.capokr.rest..", "io.capokr.web..")
            .should().dependOnClassesThat(resideInAPackage("io.capokr.host..").and(not(type(Messages.class))))
            .because("services speak in message keys and the edge translates them (DESIGN §5), and templates get "
                    + "their texts from our own object (README's departures), so Messages is the one port rest and "
                    + "web may hold; permissions, projects and issues come through the services");

    @ArchTest
    static final ArchRule servicesTakeAtMostSevenCollaborators = constructors()
            .that().areDeclaredInClassesThat().resideInAPackage("io.capokr.service..")
            .and().areDeclaredInClassesThat().haveSimpleNameEndingWith("Service")
            .should(new ArchCondition<JavaConstructor>("take at most 7 parameters") {
                @Override
                public void check(JavaConstructor constructor, ConditionEvents events) {
                    int count = constructor.getRawParameterTypes().size();
                    if (count > 7) {
                        events.add(SimpleConditionEvent.violated(constructor,
                                constructor.getFullName() + " takes " + count + " collaborators"));
                    }
                }
            })
            .because("a use case that needs more than seven collaborators does more than one thing: split it, or "
                    + "give the repeated steps one home (Finder, Writes, Deletions) as the others do");

    @ArchTest
    static final ArchRule packagesFormNoCycles = slices().matching("io.capokr.(*)..").should().beFreeOfCycles()
            .because("arrows point down the package table, never up (DESIGN §5)");

    @ArchTest
    static final ArchRule staticFieldsAreConstants = fields().that().areStatic().should().beFinal()
            .because("a Data Center cluster runs the app on several nodes that share only the database, so nothing may "
                    + "be kept in the JVM between requests (and the two-node suite runs its nodes in one JVM)");

    @ArchTest
    static final ArchRule noStaticCachesOrCounters = noFields().that().areStatic()
            .should().haveRawType(resideInAPackage("java.util.concurrent.."))
            .because("a cache or counter held in a static field is one node's memory, which other nodes never see");
}
