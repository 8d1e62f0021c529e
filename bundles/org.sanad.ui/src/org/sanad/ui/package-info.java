/**
 * The Sanad workbench shell: ids of the application model elements that other bundles
 * contribute to with e4 model fragments, the event topics, and the user's workbench preferences
 * (annotator, editor font, label colours).
 *
 * <p>API: semantic versioning (docs/dev/plugins.md): additions raise the minor version, changes that can
 * break a caller or an implementer the major one; the build checks it against {@code releng/api-baseline}.
 */
package org.sanad.ui;
