package org.activationlab.core.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class ParallelTest {

    @Test
    void everyIndexRunsExactlyOnceInContiguousChunks() {
        try (Parallel par = Parallel.of(3)) {
            for (int n : new int[]{0, 1, 2, 5, 17, 1000}) {
                for (int minChunk : new int[]{1, 4, 100}) {
                    int[] hits = new int[n];
                    AtomicInteger calls = new AtomicInteger();
                    par.forRange(n, minChunk, (from, to) -> {
                        calls.incrementAndGet();
                        for (int i = from; i < to; i++) {
                            hits[i]++;
                        }
                    });
                    int[] ones = new int[n];
                    java.util.Arrays.fill(ones, 1);
                    assertArrayEquals(ones, hits, "n=" + n + " minChunk=" + minChunk);
                    int want = Math.min(3, Math.max(1, n / minChunk));
                    assertEquals(want, calls.get(), "chunks for n=" + n + " minChunk=" + minChunk);
                }
            }
        }
    }

    @Test
    void manyBackToBackCallsUseBothThreadsAndLoseNothing() {
        try (Parallel par = Parallel.of(2)) {
            AtomicLong sum = new AtomicLong();
            var threadNames = ConcurrentHashMap.<String>newKeySet();
            for (int call = 0; call < 50_000; call++) {
                par.forRange(10, 1, (from, to) -> {
                    threadNames.add(Thread.currentThread().getName());
                    for (int i = from; i < to; i++) {
                        sum.addAndGet(i);
                    }
                });
            }
            assertEquals(50_000L * 45, sum.get());
            assertTrue(threadNames.size() >= 2, "only ran on " + threadNames);
        }
    }

    @Test
    void nestedCallsRunSeriallyInsteadOfDeadlocking() {
        try (Parallel par = Parallel.of(2)) {
            int[] hits = new int[100];
            par.forRange(10, 1, (from, to) -> {
                for (int i = from; i < to; i++) {
                    int row = i;
                    par.forRange(10, 1, (f, t) -> {
                        for (int j = f; j < t; j++) {
                            hits[row * 10 + j]++;
                        }
                    });
                }
            });
            for (int h : hits) {
                assertEquals(1, h);
            }
        }
    }

    @Test
    void aBodysExceptionReachesTheCallerAndThePoolStaysUsable() {
        try (Parallel par = Parallel.of(2)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> par.forRange(2, 1, (from, to) -> {
                if (from == 1) {
                    throw new IllegalStateException("chunk 1 failed");
                }
            }));
            assertEquals("chunk 1 failed", e.getMessage());
            AtomicInteger count = new AtomicInteger();
            par.forRange(2, 1, (from, to) -> count.addAndGet(to - from));
            assertEquals(2, count.get());
        }
    }

    @Test
    void twoCallersAtOnceBothFinish() throws InterruptedException {
        try (Parallel par = Parallel.of(2)) {
            AtomicLong total = new AtomicLong();
            Runnable work = () -> {
                for (int call = 0; call < 5_000; call++) {
                    par.forRange(4, 1, (from, to) -> total.addAndGet(to - from));
                }
            };
            Thread other = new Thread(work);
            other.start();
            work.run();
            other.join();
            assertEquals(2L * 5_000 * 4, total.get());
        }
    }

    @Test
    void closedPoolStillRunsCallsOnTheCaller() {
        Parallel par = Parallel.of(2);
        par.close();
        par.close();
        AtomicInteger count = new AtomicInteger();
        par.forRange(8, 1, (from, to) -> count.addAndGet(to - from));
        assertEquals(8, count.get());
        assertSame(Parallel.SERIAL, Parallel.of(1));
        assertThrows(IllegalArgumentException.class, () -> Parallel.of(0));
    }
}
