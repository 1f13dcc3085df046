package org.sigbench.verify.dtw;

/** Local cost between two d-dimensional samples a and b. */
public enum LocalCost {
    /** {@code sum_k (a_k - b_k)^2}, summed in channel order. */
    SQUARED_EUCLIDEAN,
    /** {@code sum_k |a_k - b_k|} (Manhattan), summed in channel order. */
    ABSOLUTE
}
