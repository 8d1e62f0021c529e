/**
 * File &gt; Export...: a dialog with the choices of {@code sanad export} that runs the
 * export as a job, with progress and Cancel, through {@link org.sanad.exchange.DatasetExporter}.
 */
package org.sanad.ui.exchange.internal;
