/**
 * Full Synthesis (FS) of new identities, after Ferrer et al., KBS 2023: a 2D motor plan of virtual
 * targets with signature-like structure, arcs through a mid point, lifted to 3D with a sinusoidal
 * surface, central-pattern-generator timing and one lognormal speed profile per arc.
 * {@link org.sigbench.synth.fs.Plan} is the intermediate representation shared with duplicates
 * and forgeries.
 */
package org.sigbench.synth.fs;
