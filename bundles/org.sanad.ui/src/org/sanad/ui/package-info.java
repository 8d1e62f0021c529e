/**
 * The Sanad workbench shell: ids of the application model elements that other bundles
 * contribute to with e4 model fragments, the event topics, and the user's workbench preferences
 * (annotator, editor font, label colours).
 *
 * <p>API: stable within a minor version of this package.
 */
package org.sanad.ui;
