package org.sanad.agreement.internal;

import java.util.function.BooleanSupplier;

/** The bootstrap a run asked for, and how to tell it was canceled. */
record Sampling(int samples, long seed, BooleanSupplier canceled) {
}
