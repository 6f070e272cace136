package dev.waiver.benchmarks.support;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Peak heap use between {@link #reset()} and {@link #read()}: the sum of each heap pool's peak
 * (eden, survivor, old), an upper bound on the true peak of the whole heap.
 */
public final class HeapPeak {

    private HeapPeak() {
    }

    /** Forgets earlier peaks (after a GC, so the baseline is the live set). */
    public static void reset() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** @return the sum of the heap pools' peaks since {@link #reset()}, in bytes */
    public static long read() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** @return the heap's maximum size ({@code -Xmx}), in bytes */
    public static long max() {
        return Runtime.getRuntime().maxMemory();
    }
}
