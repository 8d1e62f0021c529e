/**
 * The annotation editor and its companion parts (annotations outline, properties, problems).
 * Other bundles reach the open documents through {@link org.sanad.ui.editor.OpenSessions}, which
 * the editor keeps in the application context.
 *
 * <p>API: stable within a minor version of this package.
 */
package org.sanad.ui.editor;
