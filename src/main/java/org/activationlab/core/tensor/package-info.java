/**
 * The hot kernels of training, on flat row-major {@code float[]} arrays with explicit offsets and
 * strides (no tensor objects here, so layers keep their buffers and nothing is allocated per batch).
 *
 * <ul>
 *   <li>{@link org.activationlab.core.tensor.Gemm}: {@code C = alpha·op(A)·op(B) + beta·C} in the
 *       three layouts training needs (Y = X·Wᵀ, dW = dYᵀ·X, dX = dY·W), cache-blocked and split
 *       over the threads of a {@link org.activationlab.core.tensor.Parallel}.</li>
 *   <li>{@link org.activationlab.core.tensor.Im2col}: convolution as one matrix multiply
 *       (NHWC images; k × k, stride 1, valid or same padding) and its adjoint for the backward pass.</li>
 *   <li>{@link org.activationlab.core.tensor.MaxPool}: 2 × 2 max pooling, forward with argmax and
 *       backward.</li>
 *   <li>{@link org.activationlab.core.tensor.Parallel}: the threads kernels run on; one job at a
 *       time, hand-off in about a microsecond.</li>
 *   <li>{@link org.activationlab.core.tensor.KernelBench}: GFLOP/s and milliseconds of the above,
 *       for the {@code bench} command; its {@code main} prints the table for every multiply of
 *       training.</li>
 * </ul>
 *
 * <p>A convolution layer with this package, batch B, input H × W × C, Cout filters of k × k:
 * <pre>
 * forward   cols[B·OH·OW][k·k·C] = im2col(x);   Y[B·OH·OW][Cout] = cols · Wᵀ   (W stored [Cout][k·k·C])
 * backward  dW = dYᵀ · cols  (transA);  dCols = dY · W;  dx = col2im(dCols)
 * </pre>
 * Y is again NHWC, ready for the next layer or for {@code MaxPool}.
 */
package org.activationlab.core.tensor;
