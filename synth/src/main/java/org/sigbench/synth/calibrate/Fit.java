package org.sigbench.synth.calibrate;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of one fit: the free parameters by name, their fitted values, the objective (a sum
 * of Kolmogorov-Smirnov statistics) at the start and at the optimum with its components, and what
 * it was fitted on.
 *
 * @param names       parameter names
 * @param values      fitted values
 * @param components  names of the objective's terms
 * @param start       objective terms at the starting point
 * @param end         objective terms at the fitted point
 * @param evaluations objective evaluations spent
 * @param fittedOn    what the real side was (subjects, samples)
 */
public record Fit(List<String> names, double[] values, List<String> components, double[] start, double[] end,
                  int evaluations, String fittedOn) {

    /** Sum of the terms at the fitted point. */
    public double objective() {
        return Arrays.stream(end).sum();
    }

    /** Sum of the terms at the start. */
    public double startObjective() {
        return Arrays.stream(start).sum();
    }

    /** One line for reports. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(names.get(i)).append(' ')
                    .append(String.format(Locale.ROOT, "%.4f", values[i]));
        }
        b.append(String.format(Locale.ROOT, "; objective %.4f (start %.4f; ", objective(), startObjective()));
        for (int i = 0; i < components.size(); i++) {
            b.append(i == 0 ? "" : ", ").append("KS ").append(components.get(i)).append(' ')
                    .append(String.format(Locale.ROOT, "%.3f", end[i]));
        }
        return b.append(String.format(Locale.ROOT, "); %d evaluations; fitted on %s", evaluations, fittedOn))
                .toString();
    }
}
