package org.sigbench.bench.run;

import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * The typed numbers and texts of one computed cell (a record per cell kind, such as
 * {@code cells.VerificationResult}), stored inside its {@link CellResult} and written and read with
 * Jackson; the stored JSON names its record class ({@code "type"}), so a cell file written by
 * another version of a record is unreadable and computed again (with a note).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.CLASS, include = JsonTypeInfo.As.PROPERTY, property = "type")
public interface Payload extends java.io.Serializable {
}
