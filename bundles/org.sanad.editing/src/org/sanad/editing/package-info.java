/**
 * Editing one document's annotations, without any user interface: an {@link
 * org.sanad.editing.AnnotationSession} holds the document, the annotator's set and an undoable
 * command stack, and commits every edit to the store as it happens, in order, off the caller's
 * thread. Failed commits stay queued and are retried; nothing the annotator did is dropped.
 *
 * <p>Offsets are UTF-16 code units, as everywhere in Sanad.
 *
 * <p>API: semantic versioning (docs/dev/plugins.md): additions raise the minor version, changes that can
 * break a caller or an implementer the major one; the build checks it against {@code releng/api-baseline}.
 */
package org.sanad.editing;
