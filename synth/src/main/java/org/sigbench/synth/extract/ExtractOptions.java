package org.sigbench.synth.extract;

/**
 * Options of the {@link Extractor}. Defaults ({@link #defaults()}) follow the public iDeLog3D-like
 * settings of the design note where there are any, and were tuned on 40-sample subsets of
 * svc2004-task2, leap-airsig and leap-airwriting-digits otherwise.
 *
 * @param rate               resampling rate in Hz (uniform grid the fit works on)
 * @param smoothWindow       Savitzky-Golay window in seconds (rounded to an odd sample count, at least 5)
 * @param smoothOrder        Savitzky-Golay polynomial degree
 * @param minSeparation      minimum time between two speed minima that split strokes, s (iDeLog3D: 0.04)
 * @param windowStrokes      strokes optimised together in one sliding window
 * @param passes             sliding-window passes over the whole movement before strokes are added
 * @param maxIterations      Levenberg-Marquardt iterations per window
 * @param positionWeight     weight of the (normalised) position residual against the velocity residual
 * @param targetSnr          stop adding strokes once SNRv and SNRt (dB) both reach this
 * @param maxStrokesPerSecond stroke budget, strokes per second of movement
 * @param maxAdded           at most this many strokes are added to the initial segmentation
 * @param commonsOptimizer   use commons-math3's QR-based LevenbergMarquardtOptimizer for the window
 *                           fits instead of {@link LevenbergMarquardt} (same model and stopping rule;
 *                           slower on these tall, narrow problems); default false
 */
public record ExtractOptions(double rate, double smoothWindow, int smoothOrder, double minSeparation,
                             int windowStrokes, int passes, int maxIterations, double positionWeight,
                             double targetSnr, double maxStrokesPerSecond, int maxAdded,
                             boolean commonsOptimizer) {

    public ExtractOptions {
        if (!(rate > 0) || !(smoothWindow > 0) || smoothOrder < 1 || !(minSeparation >= 0) || windowStrokes < 1
                || passes < 0 || maxIterations < 1 || !(positionWeight >= 0) || !(maxStrokesPerSecond > 0)
                || maxAdded < 0) {
            throw new IllegalArgumentException("invalid extraction options: " + new StringBuilder()
                    .append("rate=").append(rate).append(" smoothWindow=").append(smoothWindow)
                    .append(" smoothOrder=").append(smoothOrder).append(" minSeparation=").append(minSeparation)
                    .append(" windowStrokes=").append(windowStrokes).append(" passes=").append(passes)
                    .append(" maxIterations=").append(maxIterations).append(" positionWeight=").append(positionWeight)
                    .append(" maxStrokesPerSecond=").append(maxStrokesPerSecond).append(" maxAdded=").append(maxAdded));
        }
    }

    /** The defaults. */
    public static ExtractOptions defaults() {
        return new ExtractOptions(100, 0.09, 2, 0.04, 3, 2, 10, 1.0, 30, 14, 60, false);
    }

    public ExtractOptions withTargetSnr(double v) {
        return new ExtractOptions(rate, smoothWindow, smoothOrder, minSeparation, windowStrokes, passes,
                maxIterations, positionWeight, v, maxStrokesPerSecond, maxAdded, commonsOptimizer);
    }

    public ExtractOptions withMaxAdded(int v) {
        return new ExtractOptions(rate, smoothWindow, smoothOrder, minSeparation, windowStrokes, passes,
                maxIterations, positionWeight, targetSnr, maxStrokesPerSecond, v, commonsOptimizer);
    }

    public ExtractOptions withCommonsOptimizer(boolean v) {
        return new ExtractOptions(rate, smoothWindow, smoothOrder, minSeparation, windowStrokes, passes,
                maxIterations, positionWeight, targetSnr, maxStrokesPerSecond, maxAdded, v);
    }

    public ExtractOptions withPasses(int v) {
        return new ExtractOptions(rate, smoothWindow, smoothOrder, minSeparation, windowStrokes, v,
                maxIterations, positionWeight, targetSnr, maxStrokesPerSecond, maxAdded, commonsOptimizer);
    }
}
