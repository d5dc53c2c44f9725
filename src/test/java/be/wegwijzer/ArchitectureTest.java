package be.wegwijzer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the package-by-feature slicing honest (see docs/architecture in the README). */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("be.wegwijzer");

    @Test
    void featuresDoNotDependOnEachOtherInCycles() {
        slices().matching("be.wegwijzer.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void domainAndServicesDoNotDependOnViews() {
        noClasses().that().resideOutsideOfPackage("..ui..").and().resideOutsideOfPackage("be.wegwijzer")
                .should().dependOnClassesThat().resideInAPackage("..ui..")
                .check(CLASSES);
    }

    @Test
    void viewsCallServicesNotTheDatabase() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .check(CLASSES);
    }

    @Test
    void aFeaturesViewsUseNoOtherFeaturesViewsButTheSharedOnes() {
        slices().matching("be.wegwijzer.(*).ui..").should().notDependOnEachOther()
                .ignoreDependency(DescribedPredicate.alwaysTrue(),
                        JavaClass.Predicates.resideInAnyPackage("be.wegwijzer.base.ui..", "be.wegwijzer.catalog.ui.."))
                // known exception: the audience page reuses the search page's hit list; it moves to a shared package
                // together with the search page's rewrite
                .ignoreDependency("be.wegwijzer.audience.ui.AudienceView", "be.wegwijzer.search.ui.CompactHitList")
                .check(CLASSES);
    }
}
