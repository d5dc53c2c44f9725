package be.wegwijzer.backup;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.WegwijzerApplication;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BackupCommandTest {

    @Test
    void explainsItsUsageInDutchAndEnglishWithExitCodeTwo() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exitCode = BackupCommand.run(
                WegwijzerApplication.class,
                new String[] {"restore"},
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(exitCode).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .startsWith("Gebruik: restore <back-up.zip>")
                .contains("Usage: restore");

        out.reset();
        exitCode = BackupCommand.run(
                WegwijzerApplication.class,
                new String[] {"backup", "a", "b"},
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(exitCode).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Gebruik: backup <bestand.zip of map>");
    }
}
