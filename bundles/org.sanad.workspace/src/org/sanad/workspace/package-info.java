/**
 * The user's workspace: the one store of this process, opened on the data folder and seeded
 * with the sample corpus on first start. The workbench and the headless commands share it.
 *
 * <p>API: semantic versioning (docs/dev/plugins.md): additions raise the minor version, changes that can
 * break a caller or an implementer the major one; the build checks it against {@code releng/api-baseline}.
 */
package org.sanad.workspace;
