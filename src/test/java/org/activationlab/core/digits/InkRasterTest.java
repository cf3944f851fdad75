package org.activationlab.core.digits;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InkRasterTest {
    @Test
    void penIsSolidOnTheLineAndFadesOverOnePixelAtItsEdge() {
        InkRaster r = new InkRaster(40);
        r.stroke(5, 20, 35, 20, 4.25);
        assertFalse(r.isEmpty());
        assertEquals(1f, r.get(20, 19), 1e-6f); // centre at 19.5: 0.5 from the line
        assertEquals(1f, r.get(20, 16), 1e-6f); // 3.5 away, inside radius 4.25
        assertEquals(0.25f, r.get(20, 15), 1e-6f); // 4.5 away: coverage 4.25 + 0.5 - 4.5
        assertEquals(0f, r.get(20, 10), 1e-6f);
    }

    @Test
    void roundCapsAtTheEnds() {
        InkRaster r = new InkRaster(40);
        r.stroke(20, 20, 20, 20, 5); // a dot
        assertEquals(1f, r.get(20, 20), 1e-6f);
        assertEquals(0f, r.get(26, 26), 1e-6f); // corner of the square around the dot stays empty
        assertTrue(r.get(24, 20) > 0.5f);
    }

    @Test
    void overlappingStrokesDoNotExceedFullInk() {
        InkRaster r = new InkRaster(30);
        for (int i = 0; i < 5; i++) {
            r.stroke(3, 3, 27, 27, 3);
        }
        for (float v : r.copy()) {
            assertTrue(v >= 0 && v <= 1);
        }
    }

    @Test
    void dirtyRectangleCoversTheStrokeAndResets() {
        InkRaster r = new InkRaster(100);
        assertNull(r.takeDirty());
        r.stroke(10, 20, 30, 25, 2);
        int[] d = r.takeDirty();
        assertTrue(d[0] <= 8 && d[1] <= 18 && d[0] + d[2] >= 32 && d[1] + d[3] >= 27, java.util.Arrays.toString(d));
        assertNull(r.takeDirty());
        r.clear();
        assertArrayEquals(new int[] {0, 0, 100, 100}, r.takeDirty());
        assertTrue(r.isEmpty());
    }

    @Test
    void strokesOutsideTheSheetAreIgnored() {
        InkRaster r = new InkRaster(20);
        r.stroke(-50, -50, -40, -45, 2);
        assertTrue(r.isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new InkRaster(2));
    }
}
