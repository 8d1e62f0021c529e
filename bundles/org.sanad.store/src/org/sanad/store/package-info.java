/**
 * Where annotation teams' work is kept: the {@link org.sanad.store.CorpusStore} contract and its
 * errors. Implementations (embedded H2 by default) are provided as
 * {@link org.sanad.store.CorpusStoreProvider} services.
 *
 * <p>Rules every implementation keeps: every call that changes data is one transaction, all or
 * nothing; a change to an annotation set names the revision it was made against, and a change
 * against an older revision fails with {@link org.sanad.store.ConflictException} instead of
 * overwriting; listings never load texts or annotations; an acknowledged change survives a crash
 * of the process.
 *
 * <p>For a team, a store also keeps {@link org.sanad.store.Accounts accounts}, project
 * {@link org.sanad.store.Member members} with their roles and {@link org.sanad.store.Assignment
 * assignments}; the Sanad server enforces the roles, and on a client {@code caller()} names the
 * signed-in account.
 *
 * <p>A store lives in a data folder (embedded H2) or on a database server named by a {@link
 * org.sanad.store.StoreAddress} (PostgreSQL).
 *
 * <p>API: semantic versioning (docs/dev/plugins.md): additions raise the minor version, changes that can
 * break a caller or an implementer the major one; the build checks it against {@code releng/api-baseline}.
 */
package org.sanad.store;
