package org.commonplace.search.analysis;

/** A query the searcher cannot understand; the message tells the person how to fix it. */
public class UnparsableQuery extends Exception {
    public UnparsableQuery(String message) { super(message); }
}
