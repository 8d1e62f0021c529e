/**
 * Sanad's HTTP API, version 1, as both ends use it: the paths ({@link org.sanad.store.remote.wire.Wire}),
 * the store operations ({@link org.sanad.store.remote.wire.StoreOperations}), the JSON form of model
 * objects ({@link org.sanad.store.remote.wire.ModelJson}) and of errors
 * ({@link org.sanad.store.remote.wire.ErrorBody}).
 *
 * <p>A call, after {@code POST /api/v1/sessions {"user": "amal", "password": "..."}} gave a token:
 * <pre>
 * POST /api/v1/store/annotationSet
 * Authorization: Bearer TOKEN
 * ["DOCUMENT-ID", "amal"]
 * </pre>
 * answers the set as JSON, or {@code 403 {"kind": "denied", ...}} if amal may not read it.
 *
 * <p>API: semantic versioning (docs/dev/plugins.md): additions raise the minor version, changes that can
 * break a caller or an implementer the major one; the build checks it against {@code releng/api-baseline}.
 */
package org.sanad.store.remote.wire;
