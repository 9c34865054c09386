package io.quire.platform.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The module rule: contracts depend on nothing of ours; the command side, query side and sagas depend only on
 * contracts; only the platform assembles them.
 */
class ModuleDependencyTest {

    private static JavaClasses quire;

    @BeforeAll
    static void importQuire() {
        quire = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.quire");
    }

    @Test
    void contractsDependOnNoOtherModule() {
        noClasses().that().resideInAPackage("io.quire.contracts..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.quire.command..", "io.quire.query..", "io.quire.sagas..", "io.quire.platform..")
                .check(quire);
    }

    @Test
    void contractsStayFreeOfSpringAndPersistence() {
        noClasses().that().resideInAPackage("io.quire.contracts..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta.persistence..", "java.sql..", "io.r2dbc..")
                .check(quire);
    }

    @Test
    void noSideImportsAnotherSide() {
        slices().matching("io.quire.(command|query|sagas)..").should().notDependOnEachOther().check(quire);
    }

    @Test
    void nothingButThePlatformImportsThePlatform() {
        noClasses().that().resideOutsideOfPackage("io.quire.platform..")
                .should().dependOnClassesThat().resideInAPackage("io.quire.platform..")
                .check(quire);
    }
}
