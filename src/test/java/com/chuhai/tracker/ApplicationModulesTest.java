package com.chuhai.tracker;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import java.io.File;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each feature package is a module. They depend on each other without cycles and only through each
 * other's exposed types (the public types of a module's package, and the named interfaces of
 * {@code shared}: {@code query}, {@code change}); and a module's data is its own: no other module
 * reaches into its Spring Data repositories, it goes through the module's services.
 */
class ApplicationModulesTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(ChuhaiCloudTrackerApplication.class);

    @Test
    void featuresRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void noModuleReachesIntoAnotherModulesRepositories() {
        JavaClasses main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ChuhaiCloudTrackerApplication.class.getPackageName());

        for (ApplicationModule module : MODULES) {
            String inside = module.getBasePackage().getName() + "..";
            classes()
                    .that()
                    .resideInAPackage(inside)
                    .and()
                    .areAssignableTo(Repository.class)
                    .should()
                    .onlyHaveDependentClassesThat()
                    .resideInAPackage(inside)
                    .allowEmptyShould(true)
                    .because("a module's data is read and written through its services")
                    .check(main);
        }
    }

    /**
     * A module that keeps no records of its own (the directory, the dashboard, the statistics, the
     * suggestions…) reads the others' through their services and read types, never through their
     * entities: what a record holds, and how it is loaded, stays the business of its module. (The
     * statistics' spells are kept by a Hibernate interceptor, which sees the entities being written.)
     */
    @Test
    void modulesWithoutRecordsOfTheirOwnDoNotTouchOthersEntities() {
        JavaClasses main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ChuhaiCloudTrackerApplication.class.getPackageName());
        for (ApplicationModule module : MODULES) {
            String inside = module.getBasePackage().getName() + "..";
            boolean ownsEntities = main.stream()
                    .anyMatch(type -> type.getPackageName()
                                    .startsWith(module.getBasePackage().getName())
                            && type.isAnnotatedWith(Entity.class));
            if (ownsEntities || module.getBasePackage().getName().endsWith(".shared")) {
                continue;
            }
            noClasses()
                    .that()
                    .resideInAPackage(inside)
                    // The one allowance: a Hibernate interceptor sees the entities written, by nature.
                    .and()
                    .haveNameNotMatching("com\\.chuhai\\.tracker\\.stats\\.SpellMaintenance.*")
                    .should()
                    .dependOnClassesThat()
                    .areAnnotatedWith(Entity.class)
                    .because("a module without records of its own reads the others' through their services")
                    .check(main);
        }
    }

    /**
     * The modules and their dependencies as diagrams (PlantUML) and a canvas per module, written to
     * {@code target/spring-modulith-docs} by every build (README, Where things are).
     */
    @Test
    void documentsTheModules() {
        new Documenter(MODULES).writeDocumentation();
        assertThat(new File("target/spring-modulith-docs/components.puml")).exists();
    }
}
