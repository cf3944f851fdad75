package org.activationlab.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.activationlab.core.tensor.Parallel;
import org.junit.jupiter.api.Test;

class ParamChunksTest {

    @Test
    void everyElementOfEveryParameterIsVisitedOnceInTheSamePiecesEachTime() {
        // sizes straddle the chunk boundaries: a large matrix, a small bias, another matrix
        List<Param> params = List.of(new Param("a", 30_000, 1, 1, false), new Param("b", 7, 1, 1, true),
                new Param("c", 5_000, 1, 1, false), new Param("d", 1, 1, 1, true));
        try (Parallel par = Parallel.of(2)) {
            List<String> first = null;
            for (int round = 0; round < 3; round++) {
                AtomicIntegerArray[] seen = new AtomicIntegerArray[params.size()];
                for (int i = 0; i < seen.length; i++) {
                    seen[i] = new AtomicIntegerArray(params.get(i).size());
                }
                List<String> pieces = Collections.synchronizedList(new ArrayList<>());
                ParamChunks.forEach(params, par, (p, from, to) -> {
                    pieces.add(p + ":" + from + "-" + to);
                    for (int j = from; j < to; j++) {
                        seen[p].incrementAndGet(j);
                    }
                });
                for (int i = 0; i < seen.length; i++) {
                    for (int j = 0; j < seen[i].length(); j++) {
                        assertEquals(1, seen[i].get(j), params.get(i).name() + "[" + j + "]");
                    }
                }
                Collections.sort(pieces);
                if (first == null) {
                    first = pieces;
                    // 35 008 values in two halves: "a" is cut in two, the rest goes to the second half
                    assertTrue(pieces.contains("0:0-17504"), pieces.toString());
                } else {
                    assertEquals(first, pieces);
                }
            }
        }
    }
}
