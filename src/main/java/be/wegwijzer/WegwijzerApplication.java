package be.wegwijzer;

import be.wegwijzer.backup.BackupCommand;
import be.wegwijzer.contentimport.ContentImportCommand;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Entry point. {@code java -jar wegwijzer.jar} starts the portal;
 * {@code java -jar wegwijzer.jar import [folder]} only imports content, prints the report and exits;
 * {@code backup <file-or-folder>} and {@code restore <file>} back up and restore the database with the content.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/wegwijzer.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class WegwijzerApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        if (args.length > 0 && ContentImportCommand.COMMAND.equals(args[0])) {
            System.exit(ContentImportCommand.run(WegwijzerApplication.class, args));
        }
        if (args.length > 0 && BackupCommand.handles(args[0])) {
            System.exit(BackupCommand.run(WegwijzerApplication.class, args));
        }
        SpringApplication.run(WegwijzerApplication.class, args);
    }
}
