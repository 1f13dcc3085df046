/**
 * The parallel, deterministic scoring of a whole protocol
 * ({@link org.sigbench.verify.runner.ProtocolRunner}, configured by
 * {@link org.sigbench.verify.runner.RunnerOptions}): every subject of a
 * {@link org.sigbench.verify.protocol.Protocol} enrolled with a
 * {@link org.sigbench.verify.verifier.Verifier} and its probes scored, writer-independent verifiers
 * trained per fold on the other folds' subjects.
 *
 * <p>Package dependencies point one way: {@code protocol <- verifier <- runner} (a verifier trains
 * on a development protocol; the runner runs verifiers over protocols).
 */
package org.sigbench.verify.runner;
