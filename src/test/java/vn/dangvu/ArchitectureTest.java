package vn.dangvu;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers: model (pure rules) ← logic (services, persistence) ← cli / ui. The database
 * libraries stay inside logic.persistence, so a rule can be tested without a database and a
 * screen without SQL.
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
}
