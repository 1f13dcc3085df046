/** File formats of the verify module: score files ({@link org.sigbench.verify.io.ScoreFile}) and ROC/DET point files ({@link org.sigbench.verify.io.CurveFile}). */
package org.sigbench.verify.io;
