/**
 * The one way to get randomness in sigbench.
 *
 * <p>Rule: every random generator in the project comes from {@link org.sigbench.datasets.random.Streams}
 * ({@code Streams.of(key...)}, or a derived seed from {@code Streams.seed(key...)}); no other
 * code calls {@code RandomSource.XXX.create(...)}, {@code new Random()} or
 * {@code ThreadLocalRandom}. A stream is named by a key of longs (master seed, purpose, subject,
 * sample, ...) or a master seed and a string key, never by the thread or the order in which work
 * runs, so results are byte-identical whatever the thread count.
 *
 * <p>Why one function: commons-rng seeds {@code XO_RO_SHI_RO_128_PP} with only the first two
 * words of a longer {@code long[]} seed, so {@code create(new long[] {seed, stream, index})}
 * silently ignores {@code index} and every index gets the same stream. {@code Streams} folds
 * every key word in before seeding. A source scan test ({@code NoDirectGeneratorsTest}, in this
 * package's tests) fails when main code elsewhere in the reactor names {@code RandomSource} or a
 * JDK generator.
 */
package org.sigbench.datasets.random;
