/**
 * Verification protocol: who is enrolled with which references, and which probes are compared
 * ({@link org.sigbench.verify.protocol.Protocol}), and the parallel, deterministic scoring of a
 * whole protocol ({@link org.sigbench.verify.protocol.ProtocolRunner}).
 */
package org.sigbench.verify.protocol;
