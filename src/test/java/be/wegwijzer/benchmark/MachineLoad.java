package be.wegwijzer.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How much of the machine other processes used while we measured. The benchmark shares two cores with whatever
 * else runs (another build, an editor, a second portal); this puts a number on that instead of hoping it was quiet.
 * Reads Linux's /proc: busy CPU time of the whole machine minus that of this JVM and the processes it started
 * (MariaDB, the portal, Chromium). Elsewhere it reports nothing.
 */
final class MachineLoad {

    /** Clock ticks per second of /proc (USER_HZ), 100 on Linux. */
    private static final double TICKS = 100.0;

    private static final Path STAT = Path.of("/proc/stat");

    record Snapshot(long nanos, long machineBusyTicks, long ourTicks) {}

    private MachineLoad() {}

    static Snapshot now() {
        return new Snapshot(System.nanoTime(), machineBusy(), ours());
    }

    /** Cores' worth of CPU that other processes used between the two snapshots (0 to the number of cores); -1 if unknown. */
    static double otherCores(Snapshot from, Snapshot to) {
        if (from.machineBusyTicks() < 0 || to.machineBusyTicks() < 0) {
            return -1;
        }
        double seconds = (to.nanos() - from.nanos()) / 1e9;
        double others = (to.machineBusyTicks() - from.machineBusyTicks()) - (to.ourTicks() - from.ourTicks());
        return Math.max(0, others / TICKS / seconds);
    }

    private static long machineBusy() {
        try {
            if (!Files.isReadable(STAT)) {
                return -1;
            }
            String[] f = Files.readAllLines(STAT).getFirst().trim().split("\\s+");
            // cpu user nice system idle iowait irq softirq steal ...
            long busy = 0;
            for (int i : List.of(1, 2, 3, 6, 7, 8)) {
                busy += Long.parseLong(f[i]);
            }
            return busy;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static long ours() {
        long ticks = processTicks(ProcessHandle.current().pid());
        for (ProcessHandle child : ProcessHandle.current().descendants().toList()) {
            ticks += processTicks(child.pid());
        }
        return ticks;
    }

    private static long processTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            // fields after the command name, which is in brackets and may contain spaces: utime is the 14th field
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
