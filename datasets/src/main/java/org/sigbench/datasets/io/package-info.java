/**
 * Readers and writers of corpora: the built-in real-data readers (SVC2004 Task1/Task2 as
 * {@link org.sigbench.datasets.io.ColumnTextDescriptor} resources, Leap in-air signatures, Leap
 * air-writing digits), sigbench's CSV {@link org.sigbench.datasets.io.InterchangeFormat}, and
 * {@link org.sigbench.datasets.io.Corpora}, which finds corpora under a data root. All file I/O of
 * the datasets module lives here; bad input is a {@link org.sigbench.datasets.io.DataFormatException}
 * naming file, line and reason.
 */
package org.sigbench.datasets.io;
