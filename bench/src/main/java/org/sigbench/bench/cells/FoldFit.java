package org.sigbench.bench.cells;

/**
 * What the synthesis calibration fitted on one fold of a corpus; a part is null when it was not
 * fitted (no within-subject spread to fit DS on, no forgeries, no FS calibration).
 *
 * @param ds     the DS levels, global terms and sensor noise
 * @param forger the forger model
 * @param fs     the Full Synthesis levels and forger factor
 */
public record FoldFit(DsFit ds, ForgerFit forger, FsFit fs) implements java.io.Serializable {
    /** Nothing fitted. */
    public static final FoldFit NONE = new FoldFit(null, null, null);

    /**
     * The DS settings of a fold.
     *
     * @param withinLevel          within-session level
     * @param sessionLevel         session level
     * @param timeSd               global time log-sd
     * @param widthSd              global x log-sd
     * @param heightSd             global y log-sd
     * @param noiseSd              sensor noise sd
     * @param rotationSd           rotation sd
     * @param levelsObjective      objective of the levels fit at its end
     * @param levelsObjectiveStart objective of the levels fit at its start
     */
    public record DsFit(double withinLevel, double sessionLevel, double timeSd, double widthSd, double heightSd,
                        double noiseSd, double rotationSd, double levelsObjective, double levelsObjectiveStart)
            implements java.io.Serializable {
        /** Not fitted: every value NaN. */
        public static final DsFit NONE = new DsFit(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    /**
     * The forger model of a fold.
     *
     * @param objective      objective of the forger fit at its end
     * @param objectiveStart objective at its start
     * @param shapeFactor    the fitted shape factor
     * @param intervalCv     interval coefficient of variation of the forger
     * @param fluency        fluency
     * @param split2         share of two-part strokes
     * @param rhythmFidelity how much of the model's rhythm the forger keeps
     * @param slowMin        slowest slow-down
     * @param slowMax        largest slow-down
     */
    public record ForgerFit(double objective, double objectiveStart, double shapeFactor, double intervalCv,
                            double fluency, double split2, double rhythmFidelity, double slowMin, double slowMax)
            implements java.io.Serializable {
        /** Not fitted: every value NaN. */
        public static final ForgerFit NONE = new ForgerFit(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    /**
     * The Full Synthesis calibration of a fold.
     *
     * @param level                 the identities' duplicate level
     * @param sessionLevel          their session level
     * @param levelObjective        objective of the levels fit at its end
     * @param levelObjectiveStart   objective at its start
     * @param shapeFactor           factor on the forger's shape errors, NaN when not fitted
     * @param forgerObjective       objective of that fit at its end, NaN when not fitted
     * @param forgerObjectiveStart  objective at its start, NaN when not fitted
     */
    public record FsFit(double level, double sessionLevel, double levelObjective, double levelObjectiveStart,
                        double shapeFactor, double forgerObjective, double forgerObjectiveStart)
            implements java.io.Serializable {
        /** Not fitted: every value NaN. */
        public static final FsFit NONE = new FsFit(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN);
    }

    /** The DS settings, or {@link DsFit#NONE}. */
    public DsFit dsOrNone() {
        return ds == null ? DsFit.NONE : ds;
    }

    /** The forger model, or {@link ForgerFit#NONE}. */
    public ForgerFit forgerOrNone() {
        return forger == null ? ForgerFit.NONE : forger;
    }

    /** The FS calibration, or {@link FsFit#NONE}. */
    public FsFit fsOrNone() {
        return fs == null ? FsFit.NONE : fs;
    }
}
