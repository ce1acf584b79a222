package vn.dangvu.logic.bench;

import java.util.Map;

/**
 * What one benchmark run measured: each figure the median in milliseconds, its floor beside it
 * where one exists (the same work done by the simplest code on the same data).
 *
 * @param figures  name → milliseconds, in the order they were measured ("registerLoadMs", "registerLoadFloorMs", …)
 * @param cpuMs    name → the measuring thread's CPU time (median), for the figures timed that way
 * @param counts   name → count that says what was measured ("members", "events", "importRows", …)
 * @param notes    name → plain text (machine, what the data lacks)
 */
public record BenchReport(Map<String, Double> figures, Map<String, Double> cpuMs, Map<String, Long> counts,
                          Map<String, String> notes) {

    public BenchReport {
        figures = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(figures));
        cpuMs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(cpuMs));
        counts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
        notes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(notes));
    }
}
