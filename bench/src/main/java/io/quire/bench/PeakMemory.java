package io.quire.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** The peak resident set size of a process, from Linux's {@code /proc/<pid>/status} (VmHWM). */
final class PeakMemory {

    private PeakMemory() {
    }

    static long of(String pid) {
        if (pid == null) {
            return 0;
        }
        try {
            return Files.readAllLines(Path.of("/proc", pid, "status")).stream()
                    .filter(line -> line.startsWith("VmHWM:"))
                    .map(line -> line.replaceAll("\\D", ""))
                    .mapToLong(Long::parseLong).findFirst().orElse(0);
        } catch (Exception e) {
            return 0;
        }
    }
}
