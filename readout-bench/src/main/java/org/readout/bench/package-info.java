/**
 * JMH benchmarks of ingest + analysis on the shared bulk corpus. Build and run from the project root:
 * {@code mvn -B -q -DskipTests -pl readout-bench -am package && java -jar readout-bench/target/benchmarks.jar}
 * (add {@code -p limit=200 -wi 1 -i 2} for a quick run; {@code -Dreadout.shared=DIR} if {@code ../shared}
 * is elsewhere).
 */
package org.readout.bench;
