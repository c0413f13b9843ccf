package nl.samenspel.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers of STYLE.md, kept apart by rules that say why. */
@AnalyzeClasses(packages = "nl.samenspel", importOptions = ImportOption.DoNotIncludeTests.class)
class LayersTest {
    private static final String[] CORE = {"nl.samenspel.model..", "nl.samenspel.metrics..", "nl.samenspel.engine.."};

    @ArchTest
    static final ArchRule coreKnowsNoCommandLineFilesChartsOrWindows = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "nl.samenspel.cli..", "nl.samenspel.output..", "nl.samenspel.scenario..", "nl.samenspel.experiment..",
                    "nl.samenspel.report..", "nl.samenspel.classroom..",
                    "picocli..", "com.fasterxml..", "org.jfree..", "javax.swing..", "java.awt..", "java.nio.file..", "sim.display..", "sim.portrayal..")
            .because("the model runs headless and is wrapped by files, the command line, charts and windows, never the other way round (STYLE.md 3)");

    @ArchTest
    static final ArchRule coreDoesNotTouchTheFileSystem = noClasses().that().resideInAnyPackage(CORE)
            .should().accessClassesThat().belongToAnyOf(java.io.File.class, java.io.FileInputStream.class, java.io.FileOutputStream.class, java.io.FileWriter.class, java.io.FileReader.class)
            .because("reading and writing files belongs to scenario/ and output/");

    @ArchTest
    static final ArchRule noUnseededRandomness = noClasses().should().callConstructor(java.util.Random.class)
            .orShould().callMethod(Math.class, "random")
            .because("every chance event draws from the run's seeded generators, so runs are reproducible (MODEL.md section 3)");

    @ArchTest
    static final ArchRule onlyTheCommandLinePrintsOrExits = noClasses().that().resideOutsideOfPackages("nl.samenspel.cli..", "nl.samenspel.classroom..")
            .should().callMethod(System.class, "exit", int.class)
            .because("the command line is the only place that decides exit codes (STYLE.md 8)");

    @ArchTest
    static final ArchRule scenariosDoNotRunModels = noClasses().that().resideInAPackage("nl.samenspel.scenario..")
            .should().dependOnClassesThat().resideInAnyPackage("nl.samenspel.engine..", "nl.samenspel.model.mechanism..")
            .because("a scenario is data: loading it must not depend on how the model steps");

    @ArchTest
    static final ArchRule experimentsKnowNoReportOrCommandLine = noClasses().that().resideInAPackage("nl.samenspel.experiment..")
            .should().dependOnClassesThat().resideInAnyPackage("nl.samenspel.report..", "nl.samenspel.cli..")
            .because("comparisons and their statistics serve the report, validate, sweeps and notebooks alike; only the report draws them");
}
