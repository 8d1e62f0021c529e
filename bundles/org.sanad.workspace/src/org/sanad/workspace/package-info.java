/**
 * The user's workspace: the one store of this process, opened on the data folder and seeded
 * with the sample corpus on first start. The workbench and the headless commands share it.
 *
 * <p>API: stable within a minor version of this package.
 */
package org.sanad.workspace;
