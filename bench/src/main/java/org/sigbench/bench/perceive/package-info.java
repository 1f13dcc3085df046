/**
 * The perception (Turing) test: {@code sigbench perceive prepare|serve|report}.
 *
 * <ul>
 *   <li>{@link org.sigbench.bench.perceive.Preparer} picks a balanced, seeded mix of real and
 *       synthetic samples (synthesis through the bench's {@link org.sigbench.bench.port.Synthesis}
 *       port) and writes a {@link org.sigbench.bench.perceive.TestFolder}: stimuli resampled the
 *       same way for both classes ({@link org.sigbench.bench.perceive.StimulusCodec}), a manifest of
 *       the truth kept server-side, and the options used.</li>
 *   <li>{@link org.sigbench.bench.perceive.PerceiveServer} serves the page (plain HTML/JS/CSS
 *       resources in the jar) with the JDK's HTTP server and records answers in SQLite
 *       ({@link org.sigbench.bench.perceive.AnswerStore}), one transaction per answer.</li>
 *   <li>{@link org.sigbench.bench.perceive.PerceptionStats} and
 *       {@link org.sigbench.bench.perceive.PerceptionReport} turn the answers into rates with Wilson
 *       intervals, d' and criterion, written as Markdown, CSV and a PNG;
 *       {@link org.sigbench.bench.perceive.PerceptionSection} is the same table in a bench report
 *       whose suite names a test folder ({@code "perception": {"test": "DIR"}}).</li>
 * </ul>
 */
package org.sigbench.bench.perceive;
