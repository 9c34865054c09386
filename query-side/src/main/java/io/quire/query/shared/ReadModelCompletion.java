package io.quire.query.shared;

/**
 * Work a read model leaves for later while it catches up, and that must be done before a rebuilt copy of it is
 * put in place of the live one. The rebuild calls it with the copy's schema as the only one on the search path.
 */
public interface ReadModelCompletion {

    /** The processing group whose read model this completes. */
    String processingGroup();

    /** Does what was left, in the tables the current search path names; returns how many rows it completed. */
    long complete();

    /** How many rows of the live read model wait to be completed. */
    long pending();
}
