package org.readout.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** {@link Lanes}: results come back in submission order whatever the workers and timings; errors surface. */
class LanesTest {
  @Test
  void resultsArriveInSubmissionOrderFromSeveralWorkers() throws Exception {
    List<Integer> got = new ArrayList<>();
    Set<String> threads = ConcurrentHashMap.newKeySet();
    Random rnd = new Random(7);
    try (Lanes<Integer> lanes = new Lanes<>(3, 2, "testing", got::add)) {
      for (int i = 0; i < 200; i++) {
        int k = i;
        int sleep = rnd.nextInt(3);
        lanes.submit(() -> {
          threads.add(Thread.currentThread().getName());
          Thread.sleep(sleep); // later items often finish first
          return k;
        });
        if (i % 50 == 0) {
          lanes.pass(-k); // a result at hand keeps its place too
        }
      }
      lanes.finish();
    }
    List<Integer> want = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      want.add(i);
      if (i % 50 == 0) {
        want.add(-i);
      }
    }
    assertThat(got).isEqualTo(want);
    assertThat(threads).hasSizeGreaterThan(1).allMatch(n -> n.startsWith("readout-testing-"));
  }

  @Test
  void oneWorkerRunsOnTheCallingThreadAndBoundsWhatIsHeld() {
    List<String> got = new ArrayList<>();
    String caller = Thread.currentThread().getName();
    try (Lanes<String> lanes = new Lanes<>(1, 2, "testing", got::add)) {
      lanes.submit(() -> Thread.currentThread().getName());
      lanes.submit(() -> "b");
      assertThat(got).containsExactly(caller); // the window of two is full: the first is delivered
      lanes.finish();
    }
    assertThat(got).containsExactly(caller, "b");
  }

  @Test
  void aWorkersErrorIsRethrownAsItWas() {
    try (Lanes<Integer> lanes = new Lanes<>(2, 1, "testing", x -> { })) {
      lanes.submit(() -> 1);
      lanes.submit(() -> {
        throw new IllegalArgumentException("bad statement s-2");
      });
      assertThatThrownBy(lanes::finish).isInstanceOf(IllegalArgumentException.class).hasMessage("bad statement s-2");
    }
    assertThatThrownBy(() -> new Lanes<Integer>(0, 1, "testing", x -> { })).isInstanceOf(IllegalArgumentException.class);
  }
}
