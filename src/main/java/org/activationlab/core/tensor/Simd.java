package org.activationlab.core.tensor;

/**
 * Whether the Vector API (incubator module {@code jdk.incubator.vector}) is in this JVM.
 *
 * <p>The module is optional ({@code requires static}): a JVM that resolves it prints
 * "WARNING: Using incubator modules" at start, which a one-line command such as {@code eval}
 * should not. {@link org.activationlab.Main} therefore adds it only for the heavy work (the
 * window, {@code train}, {@code bench}); everywhere else the plain-Java kernels run. Classes that
 * touch the Vector API ({@link VectorGemm}, {@link SimdKernels}) are only loaded when this is true.
 * {@code -Dactivationlab.gemm=java} forces the plain-Java kernels.
 */
final class Simd {
    static final boolean AVAILABLE = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()
            && !"java".equals(System.getProperty("activationlab.gemm"));

    private Simd() {
    }
}
