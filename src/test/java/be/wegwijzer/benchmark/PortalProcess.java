package be.wegwijzer.benchmark;

import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * The production jar as a process of its own on loopback: built from a copy of the sources (so this work tree's
 * {@code target/classes} never gets Vaadin's production-mode marker), started on an empty or an existing data folder,
 * and watched over JMX (heap after GC, open HTTP sessions) through the JDK's attach API.
 */
final class PortalProcess implements AutoCloseable {

    static final String JAR = "wegwijzer-werkbaar-werk-0.1.0-SNAPSHOT.jar";
    static final Path BUILD_DIR =
            PortalContext.DATA_ROOT.resolve("production-build").toAbsolutePath();
    /** Heap of the portal process: fixed so heap figures compare between runs. */
    static final String HEAP = "-Xmx3g";

    private final Process process;
    private final int port;
    private final long startNanos;
    private JMXConnector jmx;

    private PortalProcess(Process process, int port, long startNanos) {
        this.process = process;
        this.port = port;
        this.startNanos = startNanos;
    }

    /** {@code ./mvnw -Pproduction -DskipTests package} on a copy of pom, wrapper, sources and styles; returns the jar. */
    static Path buildProductionJar(Path projectDir) throws IOException, InterruptedException {
        PortalContext.deleteRecursively(BUILD_DIR);
        Files.createDirectories(BUILD_DIR);
        for (String part : List.of("pom.xml", "mvnw", ".mvn", "src/main", "frontend")) {
            copy(projectDir.resolve(part), BUILD_DIR.resolve(part));
        }
        Process build = new ProcessBuilder("./mvnw", "-q", "-B", "-Pproduction", "-DskipTests", "package")
                .directory(BUILD_DIR.toFile())
                .redirectErrorStream(true)
                .redirectOutput(BUILD_DIR.resolve("build.log").toFile())
                .start();
        build.getOutputStream().close();
        if (build.waitFor() != 0) {
            throw new IllegalStateException("Production build failed, see " + BUILD_DIR.resolve("build.log"));
        }
        return BUILD_DIR.resolve("target").resolve(JAR);
    }

    static PortalProcess start(Path jar, Path dataDir, Path contentDir, Path log) throws IOException {
        int port = freePort();
        long started = System.nanoTime();
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        HEAP,
                        "-jar",
                        jar.toString(),
                        "--server.port=" + port,
                        "--server.address=127.0.0.1",
                        "--wegwijzer.data-dir=" + dataDir.toAbsolutePath(),
                        "--wegwijzer.content-dir=" + contentDir.toAbsolutePath(),
                        "--server.tomcat.mbeanregistry.enabled=true")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        process.getOutputStream().close();
        return new PortalProcess(process, port, started);
    }

    /** Polls GET / until it answers 200; returns the time since the process was started. */
    Duration awaitFirstPage(Duration timeout) throws InterruptedException {
        return await("/", body -> true, timeout);
    }

    /**
     * Polls a page until its HTML contains the given text. The portal answers before its start-up import is done
     * (the import runs after the web server is up), so "answers 200" and "shows the content" are two moments.
     */
    Duration awaitPageContaining(String pathAndQuery, String text, Duration timeout) throws InterruptedException {
        return await(pathAndQuery, body -> body.contains(text), timeout);
    }

    private Duration await(String pathAndQuery, Predicate<String> ready, Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "The portal stopped during start-up (exit " + process.exitValue() + ")");
            }
            try {
                HttpResponse<String> response = client.send(
                        HttpRequest.newBuilder(url(pathAndQuery))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && ready.test(response.body())) {
                    return Duration.ofNanos(System.nanoTime() - startNanos);
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("The portal did not answer within " + timeout);
    }

    URI url(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port + pathAndQuery);
    }

    /** Heap in use after full garbage collections, in bytes. */
    long heapAfterGc() throws IOException, InterruptedException {
        MemoryMXBean memory = ManagementFactory.newPlatformMXBeanProxy(
                jmx(), ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
        long used = Long.MAX_VALUE;
        // several rounds: objects with finalisers or soft references can need more than one collection
        for (int i = 0; i < 4; i++) {
            memory.gc();
            Thread.sleep(200);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    int activeSessions() throws IOException {
        try {
            return (Integer) jmx().getAttribute(sessionManager(), "activeSessions");
        } catch (Exception e) {
            throw new IOException("Cannot read the session count", e);
        }
    }

    /** Ends every HTTP session (and so every Vaadin UI in it), so the next measurement starts from the same state. */
    void expireAllSessions() throws IOException {
        try {
            String ids = (String) jmx().invoke(sessionManager(), "listSessionIds", null, null);
            expireSessions(List.of(ids.split(" ")));
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("Cannot list the sessions", e);
        }
    }

    /** Ends these HTTP sessions (ids as in the JSESSIONID cookie); unknown ids are skipped. */
    void expireSessions(Collection<String> ids) throws IOException {
        try {
            MBeanServerConnection connection = jmx();
            for (String id : ids) {
                if (!id.isBlank()) {
                    connection.invoke(
                            sessionManager(), "expireSession", new Object[] {id}, new String[] {String.class.getName()
                            });
                }
            }
        } catch (Exception e) {
            throw new IOException("Cannot expire the sessions", e);
        }
    }

    private ObjectName sessionManager() throws Exception {
        return jmx().queryNames(new ObjectName("Tomcat:type=Manager,*"), null)
                .iterator()
                .next();
    }

    private MBeanServerConnection jmx() throws IOException {
        if (jmx == null) {
            try {
                VirtualMachine vm = VirtualMachine.attach(String.valueOf(process.pid()));
                String address = vm.startLocalManagementAgent();
                vm.detach();
                jmx = JMXConnectorFactory.connect(new JMXServiceURL(address));
            } catch (Exception e) {
                throw new IOException("Cannot attach to the portal process", e);
            }
        }
        return jmx.getMBeanServerConnection();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (jmx != null) {
            jmx.close();
        }
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        if (Files.isDirectory(from)) {
            try (Stream<Path> files = Files.walk(from)) {
                for (Path file : files.toList()) {
                    Path target = to.resolve(from.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(
                                file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
            }
        } else {
            Files.createDirectories(to.getParent());
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }
}
