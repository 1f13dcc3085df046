/**
 * The resumable cell runner: a study is a list of {@link org.sigbench.bench.run.Cell}s, each
 * computed once into a typed {@link org.sigbench.bench.run.Payload} record, stored atomically as
 * soon as it is done, and reused by a later run when its configuration hash is unchanged.
 */
package org.sigbench.bench.run;
