package vn.dangvu.logic.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The most heap in use while a piece of work runs, sampled every 20 ms on a daemon thread: garbage
 * not yet collected included, so at most the -Xmx limit. The pools' own peaks cannot be added up
 * instead: each pool peaks at another moment.
 */
final class HeapPeak implements AutoCloseable {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private final Thread sampler;
    private volatile long peak;

    private HeapPeak() {
        sampler = new Thread(this::sample, "heap-peak");
        sampler.setDaemon(true);
    }

    static HeapPeak start() {
        HeapPeak heapPeak = new HeapPeak();
        heapPeak.sampler.start();
        return heapPeak;
    }

    private void sample() {
        while (!Thread.currentThread().isInterrupted()) {
            peak = Math.max(peak, MEMORY.getHeapMemoryUsage().getUsed());
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    long mb() {
        return Math.max(peak, MEMORY.getHeapMemoryUsage().getUsed()) / (1024 * 1024);
    }

    @Override
    public void close() {
        sampler.interrupt(); // the sampler only sleeps and reads the heap: never in H2
    }
}
