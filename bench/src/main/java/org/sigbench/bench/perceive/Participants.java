package org.sigbench.bench.perceive;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.ListSampler;
import org.sigbench.datasets.random.Streams;

/**
 * Participant ids and trial orders. An id is 32 hex digits drawn from a {@link Streams} stream
 * keyed by the test seed, the server's start time and a counter (random enough to tell people
 * apart on a lab network; not a secret); it lives in the {@code sbp} cookie. Each participant sees
 * every trial once, in an order shuffled by a stream keyed by the test seed and their id, so a
 * restarted server gives the same order and resumes at the first unanswered trial.
 */
public final class Participants {
    /** Cookie name. */
    public static final String COOKIE = "sbp";
    private static final Pattern ID = Pattern.compile("[0-9a-f]{32}");
    private static final Pattern IN_COOKIE = Pattern.compile("(?:^|;)\\s*" + COOKIE + "=([0-9a-f]{32})\\s*(?:;|$)");

    private final long seed;
    private final long start = System.nanoTime() ^ System.currentTimeMillis();
    private final AtomicLong counter = new AtomicLong();
    private final List<String> trials;

    public Participants(long seed, List<String> trials) {
        this.seed = seed;
        this.trials = List.copyOf(trials);
    }

    /** A new participant id. */
    public String newId() {
        UniformRandomProvider r = Streams.of(seed, start, counter.incrementAndGet());
        return String.format(Locale.ROOT, "%016x%016x", r.nextLong(), r.nextLong());
    }

    public static boolean valid(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** The participant id in a Cookie header, if any well-formed one. */
    public static Optional<String> fromCookie(List<String> cookieHeaders) {
        if (cookieHeaders == null) {
            return Optional.empty();
        }
        for (String h : cookieHeaders) {
            Matcher m = IN_COOKIE.matcher(h);
            if (m.find()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    /** The participant's trial order. */
    public List<String> order(String participant) {
        List<String> l = new ArrayList<>(trials);
        ListSampler.shuffle(Streams.of(seed, "perceive/participant/" + participant), l);
        return l;
    }

    /** Position (0-based) of the first trial not yet answered, or the trial count when done. */
    public int next(String participant, Set<String> answered) {
        List<String> o = order(participant);
        for (int i = 0; i < o.size(); i++) {
            if (!answered.contains(o.get(i))) {
                return i;
            }
        }
        return o.size();
    }
}
