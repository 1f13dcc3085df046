/**
 * Verification protocol: who is enrolled with which references, and which probes are compared
 * ({@link org.sigbench.verify.protocol.Protocol}, one {@link org.sigbench.verify.protocol.SubjectTrials}
 * per enrolled subject). Plain data: it depends on no verifier; the scoring of a whole protocol is
 * in {@link org.sigbench.verify.runner}.
 */
package org.sigbench.verify.protocol;
