package org.sigbench.bench.perceive;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The truth of every trial of a test ({@code manifest.json}, never served). */
public record Manifest(List<TrialSpec> trials) {
    public Manifest {
        trials = List.copyOf(trials);
        if (trials.stream().map(TrialSpec::id).distinct().count() != trials.size()) {
            throw new IllegalArgumentException("trial ids are not unique");
        }
    }

    public Map<String, TrialSpec> byId() {
        return trials.stream().collect(Collectors.toUnmodifiableMap(TrialSpec::id, Function.identity()));
    }
}
