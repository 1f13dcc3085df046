package org.sigbench.bench.perceive;

/**
 * One recorded answer.
 *
 * @param participant participant id (from the cookie)
 * @param trial       trial id
 * @param judgedReal  true when the participant answered "real"
 * @param confidence  1 (guess) to 3 (sure)
 * @param responseMs  milliseconds from the start of the animation to the answer (browser clock)
 * @param answeredAt  server time of the answer, epoch milliseconds
 * @param userAgent   the browser's User-Agent header (truncated)
 */
public record Answer(String participant, String trial, boolean judgedReal, int confidence, long responseMs,
                     long answeredAt, String userAgent) {
}
