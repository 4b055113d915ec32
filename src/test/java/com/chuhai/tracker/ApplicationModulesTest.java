package com.chuhai.tracker;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
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
     * The modules and their dependencies as diagrams (PlantUML) and a canvas per module, written to
     * {@code target/spring-modulith-docs} by every build (README, Where things are).
     */
    @Test
    void documentsTheModules() {
        new Documenter(MODULES).writeDocumentation();
        assertThat(new File("target/spring-modulith-docs/components.puml")).exists();
    }
}
