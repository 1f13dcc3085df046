/**
 * Duplicated Synthesis (DS): new samples of a movement with intra-personal variability,
 * stroke-wise (the lognormal parameters) and target-wise (the virtual targets; in 3D also z and
 * the orientation of each stroke's plane). Precedents: Diaz et al., IEEE T-Cybernetics 2018;
 * Bhattacharya, Plamondon et al., IJDAR 2017.
 */
package org.sigbench.synth.ds;
