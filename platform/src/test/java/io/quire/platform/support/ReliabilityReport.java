package io.quire.platform.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the passed and failed tests of a reliability test class and writes them, with the figures its tests
 * recorded (load held, faults survived, bad inputs tried, lost), to {@code target/reliability-report/}. Test output
 * goes to files during the build; {@code infra/test.sh} and {@code bench/reliability.sh} print this report on the
 * console at the end, whether the build passed or not.
 */
public final class ReliabilityReport implements TestWatcher, AfterAllCallback {

    /** Names the reliability part a test class belongs to: crash, database-outage, redis-outage, … */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    public @interface Part {
        String value();
    }

    private static final Path DIRECTORY = Path.of("target", "reliability-report");
    private static final Map<Class<?>, List<String>> FIGURES = new ConcurrentHashMap<>();

    private final AtomicInteger passed = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();

    /** Records a figure line of the running test class, e.g. {@code "lost = 0 of 412 acknowledged writes"}. */
    public static void figure(Class<?> testClass, String line) {
        FIGURES.computeIfAbsent(testClass, c -> new CopyOnWriteArrayList<>()).add(line);
    }

    /** True when the long version of the battery runs ({@code -Dquire.reliability.long=true}). */
    public static boolean longRun() {
        return Boolean.getBoolean("quire.reliability.long");
    }

    @Override
    public void testSuccessful(ExtensionContext context) {
        passed.incrementAndGet();
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        failed.incrementAndGet();
    }

    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        failed.incrementAndGet();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        Class<?> testClass = context.getRequiredTestClass();
        String part = Optional.ofNullable(testClass.getAnnotation(Part.class)).map(Part::value).orElse("reliability");
        StringBuilder report = new StringBuilder(String.format("%-16s %-28s %d passed, %d failed%n", part,
                testClass.getSimpleName(), passed.get(), failed.get()));
        for (String figure : FIGURES.getOrDefault(testClass, List.of())) {
            report.append(String.format("%-16s %-28s %s%n", "", "", figure));
        }
        Files.createDirectories(DIRECTORY);
        Files.writeString(DIRECTORY.resolve(part + "--" + testClass.getSimpleName() + ".txt"), report);
        System.out.print(report);
    }
}
