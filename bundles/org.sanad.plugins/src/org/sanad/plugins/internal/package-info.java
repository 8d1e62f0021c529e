/**
 * Plugins in an installed product, through Equinox p2: the {@code plugins} command reads the
 * running installation's p2 profile. Not API.
 */
package org.sanad.plugins.internal;
