package dev.waiver.benchmarks.support;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time per operation, a measure that does not depend on how busy the machine is: wall time
 * grows when other processes take the cores, CPU time only when the benchmark does more work.
 * Reads, before and after each iteration, and divides by the iteration's operations (all of them,
 * as JMH's {@code gc.alloc.rate.norm} does):
 * <ul>
 *   <li>{@value #PROCESS}: the whole process's CPU time
 *       ({@code com.sun.management.OperatingSystemMXBean#getProcessCpuTime}): the benchmark
 *       threads and every thread they make work — garbage collection, OkHttp's and Okio's helper
 *       threads, the JIT compiler while it still compiles;</li>
 *   <li>{@value #WORKERS}: the CPU time of JMH's benchmark threads alone ({@code *-jmh-worker-*},
 *       {@link ThreadMXBean#getThreadCpuTime}): the caller's own work, without GC or helper
 *       threads.</li>
 * </ul>
 * Use with {@code -prof dev.waiver.benchmarks.support.CpuTimeProfiler}. Resolution is the
 * operating system's CPU accounting (about 1 ms per thread on Linux), negligible over a
 * multi-second iteration of microsecond calls.
 */
public final class CpuTimeProfiler implements InternalProfiler {

    /** The secondary result's name for the process's CPU time per operation. */
    public static final String PROCESS = "cpu.process.norm";
    /** The secondary result's name for the benchmark threads' CPU time per operation. */
    public static final String WORKERS = "cpu.workers.norm";

    private static final String WORKER_MARK = "-jmh-worker-";

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long processBefore;
    private long workersBefore;

    /** Made by JMH, by name. */
    public CpuTimeProfiler() {
        if (threads.isThreadCpuTimeSupported() && !threads.isThreadCpuTimeEnabled()) {
            threads.setThreadCpuTimeEnabled(true);
        }
    }

    @Override
    public String getDescription() {
        return "CPU time per operation: the whole process's and the benchmark threads'";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        workersBefore = workersCpu();
        processBefore = os.getProcessCpuTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                       IterationResult result) {
        long process = os.getProcessCpuTime() - processBefore;
        long workers = workersCpu() - workersBefore;
        long ops = result.getMetadata().getAllOps();
        List<Result> out = new ArrayList<>(2);
        out.add(new ScalarResult(PROCESS, ops == 0 ? Double.NaN : (double) process / ops, "ns/op", AggregationPolicy.AVG));
        out.add(new ScalarResult(WORKERS, ops == 0 ? Double.NaN : (double) workers / ops, "ns/op", AggregationPolicy.AVG));
        return out;
    }

    /**
     * The CPU time of the live benchmark threads. JMH keeps its worker threads for the whole
     * iteration (and across iterations of a trial), so a before/after difference is theirs.
     */
    private long workersCpu() {
        long sum = 0;
        long[] ids = threads.getAllThreadIds();
        ThreadInfo[] infos = threads.getThreadInfo(ids);
        for (int i = 0; i < ids.length; i++) {
            if (infos[i] != null && infos[i].getThreadName().contains(WORKER_MARK)) {
                long t = threads.getThreadCpuTime(ids[i]);
                if (t > 0) {
                    sum += t;
                }
            }
        }
        return sum;
    }
}
