package org.parkchain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parkchain.ledger.control.AuditedAggregate;

/**
 * The rules of the house (docs/architecture.md), checked over the compiled classes and the sources: features form no
 * cycle; no layer imports a higher one (entity and control never reach boundary or web; platform reaches no feature);
 * views and REST resources never touch the EntityManager; every recorded aggregate is produced for the audit; no
 * class grows over 400 lines; every package says what it holds.
 */
class ArchitectureTest {
    static final String ROOT = "org.parkchain";
    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    static final Path SOURCES = Path.of("src", "main", "java", "org", "parkchain");
    static final int MAX_LINES = 400;

    @Test
    void featuresFormNoCycle() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void entitiesAndControlNeverReachBoundariesOrViews() {
        noClasses().that().resideInAnyPackage("..entity..", "..control..").should().dependOnClassesThat()
                .resideInAnyPackage("..boundary..", "..web..").check(MAIN);
    }

    @Test
    void boundariesNeverReachViews() {
        noClasses().that().resideInAPackage("..boundary..").should().dependOnClassesThat()
                .resideInAPackage("..web..").check(MAIN);
    }

    @Test
    void platformReachesNoFeature() throws IOException {
        String[] features;
        try (Stream<Path> dirs = Files.list(SOURCES)) {
            features = dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString())
                    .filter(name -> !name.equals("platform")).map(name -> ROOT + "." + name + "..")
                    .toArray(String[]::new);
        }
        noClasses().that().resideInAPackage(ROOT + ".platform..").should().dependOnClassesThat()
                .resideInAnyPackage(features).check(MAIN);
    }

    @Test
    void viewsAndResourcesNeverTouchTheEntityManager() {
        noClasses().that().resideInAPackage("..web..").should().dependOnClassesThat()
                .areAssignableTo(EntityManager.class).check(MAIN);
    }

    @Test
    void everyRecordedAggregateIsProducedForTheAudit() {
        fields().that().haveRawType(AuditedAggregate.class).and().areStatic().should()
                .beAnnotatedWith(Produces.class).andShould().beFinal().check(MAIN);
    }

    @Test
    void noClassIsOverFourHundredLines() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            List<String> long_ = files.filter(p -> p.toString().endsWith(".java")).filter(p -> lines(p) > MAX_LINES)
                    .map(p -> p + ": " + lines(p) + " lines").toList();
            assertEquals(List.of(), long_);
        }
    }

    @Test
    void everyPackageSaysWhatItHolds() throws IOException {
        try (Stream<Path> dirs = Files.walk(SOURCES)) {
            List<String> missing = dirs.filter(Files::isDirectory).filter(ArchitectureTest::holdsJava)
                    .filter(d -> !Files.exists(d.resolve("package-info.java"))).map(Path::toString).toList();
            assertEquals(List.of(), missing, "packages without package-info.java");
        }
    }

    private static boolean holdsJava(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(p -> p.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long lines(Path file) {
        try (Stream<String> l = Files.lines(file)) {
            return l.count();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
