package org.activationlab.app.shell;

/**
 * A screen that can say, in a few short paragraphs of plain words, what the learner is looking
 * at. The shell shows it in the "What am I looking at?" panel (F2).
 */
public interface Explainable {
    /** Paragraphs separated by blank lines; no markup. */
    String explanation();
}
