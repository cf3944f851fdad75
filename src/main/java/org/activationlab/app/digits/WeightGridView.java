package org.activationlab.app.digits;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * The first layer's weights as a grid of small images, one tile per hidden unit: weight i of a
 * unit is drawn at pixel (i mod side, i / side) of its tile, so a unit that learned a stroke
 * detector shows that stroke. Diverging palette: blue = negative, white = 0, orange = positive.
 *
 * <p><b>Scale.</b> By default each tile is scaled to its own largest |weight| (symmetric, so white
 * is always exactly 0): first-layer units differ a lot in magnitude, and one shared scale would
 * leave most tiles nearly white early in training. Set {@link #globalScaleProperty() globalScale}
 * to compare magnitudes across units instead (one symmetric scale for all shown tiles). The caption
 * says which scale is in use and the largest |weight|.
 *
 * <p>At most {@link #maxTilesProperty() maxTiles} units (default 64) are shown, the first ones.
 * Tiles are drawn from one image written with a PixelWriter, not one node per tile. Call the setter
 * on the FX thread; the shown weights are copied.
 */
public final class WeightGridView extends Control {
    private final ReadOnlyObjectWrapper<WeightTiles> tiles = new ReadOnlyObjectWrapper<>(this, "tiles");
    private final IntegerProperty maxTiles = new SimpleIntegerProperty(this, "maxTiles", 64);
    private final BooleanProperty globalScale = new SimpleBooleanProperty(this, "globalScale", false);
    private final DoubleProperty fontSize = new SimpleDoubleProperty(this, "fontSize", Texts.DEFAULT_SIZE);

    public WeightGridView() {
        getStyleClass().add("weight-grid-view");
        setMinSize(160, 160);
        setPrefSize(520, 560);
        maxTiles.addListener((o, a, b) -> {
            if (b.intValue() < 1) {
                maxTiles.set(1);
            }
        });
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new WeightGridSkin(this);
    }

    /**
     * @param weights   row-major [units][inputs]
     * @param units     number of hidden units (rows)
     * @param inputs    weights per unit, must equal {@code imageSide * imageSide}
     * @param imageSide side of the input image (28 for MNIST)
     * @throws IllegalArgumentException if the sizes do not fit together
     */
    public void setWeights(float[] weights, int units, int inputs, int imageSide) {
        tiles.set(WeightTiles.copyOf(weights, units, inputs, imageSide, maxTiles.get()));
    }

    /** The weights shown (immutable snapshot), or null before the first {@link #setWeights}. */
    public ReadOnlyObjectProperty<WeightTiles> tilesProperty() {
        return tiles.getReadOnlyProperty();
    }

    /** How many units at most are drawn; applies from the next {@link #setWeights}. */
    public IntegerProperty maxTilesProperty() {
        return maxTiles;
    }

    /** False (default): each tile scaled to its own max |w|; true: one scale for all tiles. */
    public BooleanProperty globalScaleProperty() {
        return globalScale;
    }

    public DoubleProperty fontSizeProperty() {
        return fontSize;
    }
}
