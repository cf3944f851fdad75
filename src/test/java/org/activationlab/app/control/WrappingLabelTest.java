package org.activationlab.app.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class WrappingLabelTest {
    private static final String LONG = "Weights of 100 turn each factor into 13, 21, 9 and 14, so the product grows "
            + "by an order of magnitude at every layer it passes on its way back to the first bias.";
    private WrappingLabel cached;
    private Label plain;

    @Start
    void start(Stage stage) {
        cached = new WrappingLabel(LONG);
        plain = new Label(LONG);
        plain.setWrapText(true);
        stage.setScene(new Scene(new VBox(cached, plain), 400, 400));
        stage.show();
    }

    /** The cached height must be the height a plain wrapping label measures, whatever changed since. */
    private void assertSameAsPlain(FxRobot robot, double width) {
        robot.interact(() -> assertEquals(plain.prefHeight(width), cached.prefHeight(width), 0.0, "at width " + width));
    }

    @Test
    void measuresWhatAPlainWrappingLabelMeasuresAndFollowsEveryChange(FxRobot robot) {
        double[] h = new double[3];
        robot.interact(() -> {
            h[0] = cached.prefHeight(400);
            h[1] = cached.prefHeight(150);
        });
        assertTrue(h[1] > h[0], "narrower means more lines: " + h[0] + " vs " + h[1]);
        assertSameAsPlain(robot, 400);
        assertSameAsPlain(robot, 150);
        robot.interact(() -> {
            cached.setText("short");
            plain.setText("short");
        });
        assertSameAsPlain(robot, 150);
        robot.interact(() -> {
            cached.setText(LONG);
            plain.setText(LONG);
            cached.setFont(Font.font(30));
            plain.setFont(Font.font(30));
            h[2] = cached.prefHeight(150);
        });
        assertTrue(h[2] > h[1], "a larger font makes it taller: " + h[1] + " vs " + h[2]);
        assertSameAsPlain(robot, 150);
        robot.interact(() -> {
            cached.setPadding(new Insets(20));
            plain.setPadding(new Insets(20));
            cached.setLineSpacing(6);
            plain.setLineSpacing(6);
        });
        assertSameAsPlain(robot, 150);
        robot.interact(() -> assertEquals(cached.prefHeight(150), cached.minHeight(150), 0.0,
                "never shorter than its text"));
    }
}
