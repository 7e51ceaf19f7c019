package org.readout.cli;

import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;

/** The current thread's CPU time in nanoseconds, or wall time where the JVM cannot measure CPU time. */
final class CpuClock {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final boolean CPU = THREADS.isCurrentThreadCpuTimeSupported();

  private CpuClock() {
  }

  /** CPU time of the whole process (all threads, GC and JIT included), or -1 if unknown. */
  static long process() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }

  /**
   * CPU time of the live threads whose name starts with {@code prefix} (a pool such as the embedding
   * model's), in nanoseconds; threads that ended are not counted, so read it while the pool is alive.
   */
  static long threads(String prefix) {
    long sum = 0;
    long[] ids = THREADS.getAllThreadIds();
    ThreadInfo[] infos = THREADS.getThreadInfo(ids);
    for (int i = 0; i < ids.length; i++) {
      if (infos[i] != null && infos[i].getThreadName().startsWith(prefix)) {
        long t = THREADS.getThreadCpuTime(ids[i]);
        sum += Math.max(0, t);
      }
    }
    return sum;
  }

  /** Time the JIT compilers have spent compiling since start, in nanoseconds, or -1 if unknown. */
  static long jit() {
    CompilationMXBean c = ManagementFactory.getCompilationMXBean();
    return c != null && c.isCompilationTimeMonitoringSupported() ? c.getTotalCompilationTime() * 1_000_000L : -1;
  }

  /** Time spent in garbage collection since start (all collectors), in nanoseconds. */
  static long gc() {
    long ms = 0;
    for (GarbageCollectorMXBean g : ManagementFactory.getGarbageCollectorMXBeans()) {
      ms += Math.max(0, g.getCollectionTime());
    }
    return ms * 1_000_000L;
  }

  static long now() {
    return CPU ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
  }
}
