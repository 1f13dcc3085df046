/**
 * Report assembly: turns cell results into tables (Markdown and CSV), DET and distribution plots,
 * target verdicts written from the numbers, and the provenance section.
 */
package org.sigbench.bench.report;
