package vn.dangvu;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import vn.dangvu.logic.persistence.ServerAddress;
import vn.dangvu.logic.persistence.ServerStatus;

/**
 * The layers: model (pure rules) ← logic (services, persistence) ← cli / ui. The database
 * libraries stay inside logic.persistence, so a rule can be tested without a database and a
 * screen without SQL. Within ui and cli, each feature's package stands alone: what features
 * share sits at the layer's root.
 */
@AnalyzeClasses(packages = "vn.dangvu", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modelDependsOnNothingElseInTheApp = noClasses()
            .that().resideInAPackage("vn.dangvu.model..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.dangvu.logic..", "vn.dangvu.ui..", "vn.dangvu.cli..")
            .because("the model holds pure rules that every layer uses");

    @ArchTest
    static final ArchRule modelKnowsNoScreenAndNoDatabase = noClasses()
            .that().resideInAPackage("vn.dangvu.model..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "java.sql..", "org.h2..",
                    "org.flywaydb..")
            .because("rules must be testable without a screen or a database");

    @ArchTest
    static final ArchRule logicKnowsNoScreenAndNoCommandLine = noClasses()
            .that().resideInAPackage("vn.dangvu.logic..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.dangvu.ui..", "vn.dangvu.cli..", "javafx..")
            .because("the same services serve the window and the command line");

    @ArchTest
    static final ArchRule commandLineDoesNotUseTheWindow = noClasses()
            .that().resideInAPackage("vn.dangvu.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.dangvu.ui..", "javafx..")
            .because("commands must run on a machine without a display");

    @ArchTest
    static final ArchRule sqlStaysInsidePersistence = noClasses()
            .that().resideOutsideOfPackage("vn.dangvu.logic.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "org.h2..", "org.flywaydb..")
            .because("only vn.dangvu.logic.persistence (and the jOOQ code generated into it) talks to the database");

    @ArchTest
    static final ArchRule screensOfDifferentFeaturesDoNotUseEachOther = slices()
            .matching("vn.dangvu.ui.(*)..").should().notDependOnEachOther()
            .ignoreDependency(resideInAPackage("vn.dangvu.ui.main.."), alwaysTrue())
            .because("a screen is changed without reading another feature's; the main window composes them, and"
                    + " what screens share sits in vn.dangvu.ui");

    @ArchTest
    static final ArchRule onlyTheStartOfTheWindowOpensTheDatabase = noClasses()
            .that().resideInAPackage("vn.dangvu.ui..")
            .and().haveNameNotMatching("vn\\.dangvu\\.ui\\.DangVuApp(\\$.*)?")
            .and().resideOutsideOfPackage("vn.dangvu.ui.login..")
            .should().dependOnClassesThat(resideInAPackage("vn.dangvu.logic.persistence..")
                    .and(not(equivalentTo(ServerAddress.class))).and(not(equivalentTo(ServerStatus.class))))
            .because("screens get the services built once (vn.dangvu.logic.Services); only the start of the window"
                    + " and the password screen open the database. A server's address is a plain value the backup"
                    + " screen edits; whether the server answers is a value the status bar listens to");

    @ArchTest
    static final ArchRule commandsOfDifferentFeaturesDoNotUseEachOther = slices()
            .matching("vn.dangvu.cli.(*)..").should().notDependOnEachOther()
            .because("what commands share (options, JSON, the context) sits in vn.dangvu.cli");
}
