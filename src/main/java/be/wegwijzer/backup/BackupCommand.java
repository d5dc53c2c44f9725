package be.wegwijzer.backup;

import be.wegwijzer.contentimport.ContentImportCommand;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code backup <file-or-folder>} and {@code restore <file>}: run against the configured database (embedded or
 * external) without starting the web portal, print what they did and return exit code 0 (done), 1 (refused or
 * failed; a refused restore changed nothing) or 2 (wrong usage). Other {@code --name=value} arguments are settings.
 */
public final class BackupCommand {

    public static final String BACKUP = "backup";
    public static final String RESTORE = "restore";

    private BackupCommand() {}

    public static boolean handles(String command) {
        return BACKUP.equals(command) || RESTORE.equals(command);
    }

    /** @param application the Spring Boot application class to start without its web server */
    public static int run(Class<?> application, String[] args) {
        return run(application, args, System.out);
    }

    static int run(Class<?> application, String[] args, PrintStream out) {
        String command = args[0];
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        List<String> paths = rest.stream().filter(a -> !a.startsWith("--")).toList();
        if (paths.size() != 1) {
            out.println(
                    BACKUP.equals(command)
                            ? "Gebruik: backup <bestand.zip of map>   (maakt één zip met de database, de content-export en een manifest)"
                            : "Gebruik: restore <back-up.zip>   (vervangt de hele database door die uit de back-up; stop eerst de portaal)");
            out.println(BACKUP.equals(command) ? "Usage: backup <file.zip or folder>" : "Usage: restore <backup.zip>");
            return 2;
        }
        List<String> springArgs = new ArrayList<>(List.of(
                "--wegwijzer.import-on-start=false",
                "--wegwijzer.scheduled-jobs=false",
                "--spring.main.banner-mode=off",
                "--spring.autoconfigure.exclude=" + ContentImportCommand.VAADIN_AUTO_CONFIGURATION));
        rest.stream().filter(a -> a.startsWith("--")).forEach(springArgs::add);
        Path path = Path.of(paths.getFirst());
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .run(springArgs.toArray(String[]::new))) {
            BackupService backups = context.getBean(BackupService.class);
            if (BACKUP.equals(command)) {
                BackupService.Backup backup = backups.backup(path);
                out.println("Back-up gemaakt: " + backup.file() + " (schema " + backup.schemaVersion() + ", "
                        + backup.rows().size() + " tabellen, "
                        + backup.rows().values().stream()
                                .mapToLong(Long::longValue)
                                .sum()
                        + " rijen, " + backup.items() + " items in de content-export).");
            } else {
                BackupService.Restore restore = backups.restore(path);
                out.println("Back-up van " + restore.created() + " teruggezet (schema " + restore.schemaVersion() + ", "
                        + restore.rows().size() + " tabellen); zoekindex opnieuw opgebouwd met " + restore.indexed()
                        + " items.");
            }
            return 0;
        } catch (BackupException e) {
            out.println((BACKUP.equals(command) ? "Back-up mislukt: " : "Terugzetten niet gelukt: ") + e.getMessage());
            return 1;
        }
    }
}
