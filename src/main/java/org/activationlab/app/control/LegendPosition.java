package org.activationlab.app.control;

/** Where the legend sits inside the plot area. */
public enum LegendPosition {
    TOP_LEFT, TOP_RIGHT, BOTTOM_LEFT, BOTTOM_RIGHT, HIDDEN
}
