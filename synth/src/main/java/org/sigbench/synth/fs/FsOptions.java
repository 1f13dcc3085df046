package org.sigbench.synth.fs;

/**
 * Every constant of Full Synthesis. Defaults describe a 3 s in-air signature sampled at 100 Hz
 * (the benchmark's reference case); {@link org.sigbench.synth.profile.Profile#fsOptions} replaces
 * them with values estimated from a real corpus. Lengths are in the corpus' units (mm for
 * leap-airsig, tablet units for SVC2004).
 *
 * @param dims              2 (z = 0, tablet) or 3 (in air)
 * @param rate              sampling rate, Hz. Default 100: SVC2004 tablets and the reference case.
 * @param strokes           median number of arcs per signature. Default 30: 3 s at one arc per CPG
 *                          interval of 0.1 s.
 * @param strokesLogSd      log-sd of the number of arcs across identities. Default 0.3: real corpora
 *                          span about 0.5x to 2x the median duration (SVC2004, leap-airsig).
 * @param interval          mean CPG interval r between arc peaks, s. Default 0.1 (Ferrer et al. 2023).
 * @param intervalSd        sd of r, s. Default 0.005: the paper writes r ~ N(0.1, 0.005) without saying
 *                          whether 0.005 is a variance or an sd; we read it as an sd (CV 5 %, a regular
 *                          rhythm as a CPG should give; the variance reading, sd 0.07, would make
 *                          negative intervals likely). Scaled with {@code interval} by the profile.
 * @param width             median signature width (x extent). Default 200 (mm, a typical air signature).
 * @param height            median height (y extent). Default 100.
 * @param sizeLogSd         log-sd of width and height across identities. Default 0.25.
 * @param xHeight           amplitude of the cursive zig-zag as a fraction of the height. Default 0.5,
 *                          the x-height of Latin cursive relative to ascender height.
 * @param loopProbability   chance that a letter is a looped ascender or descender. Default 0.25.
 * @param maxWords          at most this many pen-down components (pen-up transitions between them).
 *                          Default 2 (given name and surname).
 * @param flourish          end with a flourish (a long underline sweep back below the name). Default true.
 * @param surfaceAmpX       amplitude Ax of z = Ax sin(wx x + px) + Ay sin(wy y + py). Default 8 (mm).
 *                          Leap-airsig's fingertips move in depth with the up and down strokes (z
 *                          follows y) more than along the name, hence Ax &lt; Ay; the profile sets
 *                          Ax = 0.45 a, Ay = 0.55 a with a calibrated to the real z extent.
 * @param surfaceAmpY       Ay. Default 18.
 * @param surfaceWaveX      wavelength 2 pi / wx as a fraction of the width. Default 2.5: less than half a wave along
 *                          the name (one full wave draws a visible V or U in the x-z view, which real samples lack).
 * @param surfaceWaveY      wavelength as a fraction of the height. Default 1.0: one full wave over the
 *                          height, so that up and down strokes loop in the y-z view as real ones do
 *                          (a half wave makes z a near-monotone function of y).
 * @param tiltSd            sd (rad) of the tilt of the signing plane about x and y. Default 0.3 (about 17 degrees): real
 *                          x-z views are mostly straight but slanted lines.
 * @param muMin             lower end of the uniform range of mu at interval 0.1 s (the planner shifts
 *                          mu by ln(interval / 0.1), which keeps the overlap of consecutive strokes
 *                          constant when the rhythm changes). Default -2.2
 *                          (handwriting range, design note section 1).
 * @param muMax             upper end. Default -1.6.
 * @param sigmaMin          lower end of the uniform range of sigma. Default 0.15.
 * @param sigmaMax          upper end. Default 0.35. (The handwriting range is 0.1-0.45; its ends give
 *                          spiky or very skewed bells that real fingertip data does not show.)
 * @param originX           centroid of the signature, x. Default 0.
 * @param originY           centroid, y. Default 0.
 * @param originZ           centroid, z. Default 0.
 * @param noiseSd           sd of white sensor noise added to each sampled coordinate. Default 0.
 * @param penUpFraction     fraction of arcs flown pen-up (transitions; the word breaks always are).
 *                          Default 0.05 (SVC2004 Task2 has 3.4 % pen-up samples, leap-airsig 17.8 %).
 * @param isochrony         exponent k of the amplitude-duration law: a stroke of chord c gets
 *                          {@code mu + k ln(c / median c)} and its CPG slot is scaled by
 *                          {@code (c / median c)^k}. Default 0.6: longer strokes take longer but
 *                          not proportionally (partial isochrony of handwriting; k = 0 is the paper's
 *                          plain CPG, which makes long arcs produce unrealistic speed spikes).
 */
public record FsOptions(int dims, double rate, double strokes, double strokesLogSd, double interval,
                        double intervalSd, double width, double height, double sizeLogSd, double xHeight,
                        double loopProbability, int maxWords, boolean flourish, double surfaceAmpX,
                        double surfaceAmpY, double surfaceWaveX, double surfaceWaveY, double tiltSd,
                        double muMin, double muMax, double sigmaMin, double sigmaMax,
                        double originX, double originY, double originZ, double noiseSd,
                        double penUpFraction, double isochrony) {

    public FsOptions {
        if (dims != 2 && dims != 3) {
            throw new IllegalArgumentException("dims must be 2 or 3, got " + dims);
        }
        positive(rate, "rate");
        if (!(strokes >= 2)) {
            throw new IllegalArgumentException("strokes must be >= 2, got " + strokes);
        }
        positive(interval, "interval");
        positive(width, "width");
        positive(height, "height");
        if (!(intervalSd >= 0) || !(strokesLogSd >= 0) || !(sizeLogSd >= 0) || !(tiltSd >= 0) || !(noiseSd >= 0)) {
            throw new IllegalArgumentException("standard deviations must be >= 0");
        }
        if (!(xHeight > 0 && xHeight <= 1) || !(loopProbability >= 0 && loopProbability <= 1) || maxWords < 1) {
            throw new IllegalArgumentException("xHeight in (0, 1], loopProbability in [0, 1], maxWords >= 1");
        }
        if (!(muMin <= muMax) || !(sigmaMin > 0 && sigmaMin <= sigmaMax)) {
            throw new IllegalArgumentException("need muMin <= muMax and 0 < sigmaMin <= sigmaMax");
        }
        if (!(isochrony >= 0 && isochrony <= 1)) {
            throw new IllegalArgumentException("isochrony must be in [0, 1], got " + isochrony);
        }
        if (!(penUpFraction >= 0 && penUpFraction < 1)) {
            throw new IllegalArgumentException("penUpFraction must be in [0, 1), got " + penUpFraction);
        }
        if (!(surfaceWaveX > 0) || !(surfaceWaveY > 0)) {
            throw new IllegalArgumentException("surface wavelengths must be positive");
        }
    }

    private static void positive(double v, String what) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(what + " must be positive, got " + v);
        }
    }

    /** The documented defaults (3D). */
    public static FsOptions defaults() {
        return new FsOptions(3, 100, 30, 0.3, 0.1, 0.005, 200, 100, 0.25, 0.5, 0.25, 2, true,
                8, 18, 2.5, 1.0, 0.3, -2.2, -1.6, 0.15, 0.35, 0, 0, 0, 0, 0.05, 0.6);
    }

    /** A copy with another dimensionality (2D drops the surface and the tilt). */
    public FsOptions withDims(int newDims) {
        return new FsOptions(newDims, rate, strokes, strokesLogSd, interval, intervalSd, width, height, sizeLogSd,
                xHeight, loopProbability, maxWords, flourish, surfaceAmpX, surfaceAmpY, surfaceWaveX, surfaceWaveY,
                tiltSd, muMin, muMax, sigmaMin, sigmaMax, originX, originY, originZ, noiseSd, penUpFraction, isochrony);
    }

    /** A copy with another rhythm, length and zig-zag amplitude (used by profile calibration). */
    public FsOptions withTiming(double newStrokes, double newInterval, double newXHeight) {
        return new FsOptions(dims, rate, newStrokes, strokesLogSd, newInterval, intervalSd * newInterval / interval,
                width, height, sizeLogSd, newXHeight, loopProbability, maxWords, flourish, surfaceAmpX, surfaceAmpY,
                surfaceWaveX, surfaceWaveY, tiltSd, muMin, muMax, sigmaMin, sigmaMax, originX, originY, originZ, noiseSd,
                penUpFraction, isochrony);
    }

    /** A copy with another sampling rate. */
    public FsOptions withRate(double newRate) {
        return new FsOptions(dims, newRate, strokes, strokesLogSd, interval, intervalSd, width, height, sizeLogSd,
                xHeight, loopProbability, maxWords, flourish, surfaceAmpX, surfaceAmpY, surfaceWaveX, surfaceWaveY,
                tiltSd, muMin, muMax, sigmaMin, sigmaMax, originX, originY, originZ, noiseSd, penUpFraction, isochrony);
    }

    /** A copy with another number of strokes and no spread (fixed-size benchmarks). */
    public FsOptions withStrokes(double newStrokes, double newLogSd) {
        return new FsOptions(dims, rate, newStrokes, newLogSd, interval, intervalSd, width, height, sizeLogSd,
                xHeight, loopProbability, maxWords, flourish, surfaceAmpX, surfaceAmpY, surfaceWaveX, surfaceWaveY,
                tiltSd, muMin, muMax, sigmaMin, sigmaMax, originX, originY, originZ, noiseSd, penUpFraction, isochrony);
    }
}
