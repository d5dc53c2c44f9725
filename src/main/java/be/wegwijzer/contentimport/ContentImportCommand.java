package be.wegwijzer.contentimport;

import be.wegwijzer.base.WegwijzerProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code import [--check] [--overschrijf] [folder]}: imports a content folder into the configured database without starting
 * the web portal, prints the report and returns exit code 0 (imported), 1 (refused) or 2 (wrong usage).
 * With {@code --check} it only validates; with {@code --overschrijf} the files also replace items edited in the portal.
 * The folder defaults to {@code wegwijzer.content-dir}.
 */
public final class ContentImportCommand {

    public static final String COMMAND = "import";
    /** No web server, so no Vaadin either. */
    /** Vaadin's auto-configurations, left out when the portal runs without its web UI (this command, the benchmarks). */
    public static final String VAADIN_AUTO_CONFIGURATION = "com.vaadin.flow.spring.SpringBootAutoConfiguration,"
            + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration";

    private ContentImportCommand() {}

    /** @param application the Spring Boot application class to start without its web server */
    public static int run(Class<?> application, String[] args) {
        return run(application, args, System.out);
    }

    static int run(Class<?> application, String[] args, PrintStream out) {
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        boolean checkOnly = rest.contains("--check");
        boolean overwrite = rest.contains("--overschrijf");
        List<String> folders = rest.stream().filter(a -> !a.startsWith("--")).toList();
        // Given as arguments, not default properties: application.properties would override those.
        List<String> springArgs = new ArrayList<>(List.of(
                "--wegwijzer.import-on-start=false",
                "--spring.main.banner-mode=off",
                "--spring.autoconfigure.exclude=" + VAADIN_AUTO_CONFIGURATION));
        rest.stream()
                .filter(a -> a.startsWith("--") && !a.equals("--check") && !a.equals("--overschrijf"))
                .forEach(springArgs::add);
        if (folders.size() > 1) {
            out.println(
                    "Gebruik: import [--check] [--overschrijf] [map of export.zip]  (standaard de ingestelde contentmap)");
            return 2;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .run(springArgs.toArray(String[]::new))) {
            ContentImporter importer = context.getBean(ContentImporter.class);
            Path folder = folders.isEmpty()
                    ? context.getBean(WegwijzerProperties.class).contentDir()
                    : Path.of(folders.getFirst());
            ImportReport report;
            if (folder.getFileName() != null && folder.getFileName().toString().endsWith(".zip")) {
                // an exported zip: checked by a full dry run, or imported as an upload through the portal would be
                try (InputStream zip = Files.newInputStream(folder)) {
                    report = checkOnly ? importer.previewZip(zip, overwrite) : importer.importZip(zip, overwrite);
                } catch (IOException e) {
                    out.println(folder + ": kan het zipbestand niet lezen (" + e.getMessage() + "). Kijk het pad na.");
                    return 1;
                }
            } else {
                report = checkOnly
                        ? importer.validate(folder)
                        : overwrite
                                ? importer.importFolderOverwritingPortalEdits(folder)
                                : importer.importFolder(folder);
            }
            boolean zip = folder.getFileName() != null
                    && folder.getFileName().toString().endsWith(".zip");
            out.println(
                    !checkOnly || !report.succeeded()
                            ? report.format()
                            : zip
                                    ? report.previewSummary()
                                            + report.format()
                                                    .substring(report.summary().length())
                                    : "Controle geslaagd: " + report.unchanged()
                                            + " items zonder problemen; er is niets ingelezen.");
            return report.succeeded() ? 0 : 1;
        }
    }
}
