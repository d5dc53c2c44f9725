package be.wegwijzer;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/** Keeps the package-by-feature slicing honest (docs/architecture.md shows the features and what they may use). */
class ArchitectureTest {

    private static final String ROOT = "be.wegwijzer";
    /** Views every feature may use: the layout, shared widgets, and the item cards. */
    private static final Set<String> SHARED_UI = Set.of("base", "catalog");
    /**
     * The two features that write the catalog, the editor (curation) and the file import (contentimport), work on its
     * entities through its repositories inside their own transactions; every other feature reads it through
     * {@code CatalogService} or {@code TaxonomyService}.
     */
    private static final Set<String> CATALOG_WRITERS = Set.of("curation", "contentimport");

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    /** Each top-level package is a feature; the root package (the application class) is a slice of its own. */
    private static final SliceAssignment FEATURES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            return feature(javaClass).map(SliceIdentifier::of).orElse(SliceIdentifier.ignore());
        }

        @Override
        public String getDescription() {
            return "features of " + ROOT + " and the root package";
        }
    };

    @Test
    void featuresAndTheRootPackageDoNotDependOnEachOtherInCycles() {
        slices().assignedFrom(FEATURES).should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void noFeatureDependsOnTheApplicationClass() {
        noClasses()
                .that()
                .resideOutsideOfPackage(ROOT)
                .and()
                .resideInAPackage(ROOT + "..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(ROOT)
                .check(CLASSES);
    }

    @Test
    void domainAndServicesDoNotDependOnViews() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..ui..")
                .and()
                .resideOutsideOfPackage(ROOT)
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..ui..")
                .check(CLASSES);
    }

    @Test
    void viewsCallServicesNotTheDatabase() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Repository")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .check(CLASSES);
    }

    @Test
    void aFeatureUsesNoOtherFeaturesViewsExceptTheSharedOnes() {
        for (String feature : features()) {
            if (!SHARED_UI.contains(feature)) {
                noClasses()
                        .that()
                        .resideOutsideOfPackage(ROOT + "." + feature + "..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage(ROOT + "." + feature + ".ui..")
                        .because("the views of " + feature + " are its own; shared views live in base.ui or catalog.ui")
                        .check(CLASSES);
            }
        }
    }

    @Test
    void aFeatureUsesNoOtherFeaturesRepositories() {
        for (String feature : features()) {
            var others = noClasses().that().resideOutsideOfPackage(ROOT + "." + feature + "..");
            if (feature.equals("catalog")) {
                for (String writer : CATALOG_WRITERS) {
                    others = others.and().resideOutsideOfPackage(ROOT + "." + writer + "..");
                }
            }
            others.should()
                    .dependOnClassesThat(describe(
                            "repositories of " + feature,
                            c -> feature(c).filter(feature::equals).isPresent() && c.isAssignableTo(Repository.class)))
                    .because("a feature's data is reached through its service")
                    .check(CLASSES);
        }
    }

    @Test
    void theRulesSeeEveryFeature() {
        assertThat(features())
                .contains("catalog", "itemfile", "contentimport", "curation", "search", "itempage", "base");
    }

    private static SortedSet<String> features() {
        SortedSet<String> features = new TreeSet<>();
        CLASSES.forEach(c -> feature(c).filter(f -> !f.equals("(root)")).ifPresent(features::add));
        return features;
    }

    private static Optional<String> feature(JavaClass javaClass) {
        String name = javaClass.getPackageName();
        if (name.equals(ROOT)) {
            return Optional.of("(root)");
        }
        if (!name.startsWith(ROOT + ".")) {
            return Optional.empty();
        }
        String rest = name.substring(ROOT.length() + 1);
        return Optional.of(rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest);
    }
}
