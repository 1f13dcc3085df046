/** File formats of the verify module: score files ({@link org.sigbench.verify.io.ScoreFile}). */
package org.sigbench.verify.io;
