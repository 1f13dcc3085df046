package org.sigbench.bench.perceive;

import java.util.List;

/**
 * The options a test was prepared with (written to {@code options.json}).
 *
 * @param corpus              real corpus the test mimics
 * @param variants            synthetic variants used
 * @param trials              number of trials (half real, half synthetic)
 * @param seed                seed of every random choice (and of each participant's trial order)
 * @param points              points per stimulus
 * @param calibrationSubjects real subjects the synthesis was calibrated on
 * @param backend             the synthesis back end
 * @param calibration         what the DS settings were (back end's description)
 */
public record TestOptions(String corpus, List<String> variants, int trials, long seed, int points,
                          int calibrationSubjects, String backend, String calibration) {
    public TestOptions {
        variants = List.copyOf(variants);
    }
}
