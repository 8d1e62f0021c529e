/**
 * EMF's generated helpers for the corpus model: a switch over its classes and an adapter factory.
 *
 * <p>API: stable within a minor version of this package; generated from {@code model/sanad.ecore}.
 */
package org.sanad.model.util;
