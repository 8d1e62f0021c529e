/**
 * The annotation editor and its companion parts (annotations outline, properties, problems).
 * Other bundles reach the open documents through {@link org.sanad.ui.editor.OpenSessions}, which
 * the editor keeps in the application context.
 *
 * <p>API: semantic versioning (docs/dev/plugins.md): additions raise the minor version, changes that can
 * break a caller or an implementer the major one; the build checks it against {@code releng/api-baseline}.
 */
package org.sanad.ui.editor;
