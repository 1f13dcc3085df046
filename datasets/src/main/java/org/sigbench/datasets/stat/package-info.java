/**
 * Order statistics shared by every module: {@link org.sigbench.datasets.stat.Median}, with one
 * stated policy for empty and non-finite input. Lives in the bottom module so that synth, verify
 * and bench use the same implementation.
 */
package org.sigbench.datasets.stat;
