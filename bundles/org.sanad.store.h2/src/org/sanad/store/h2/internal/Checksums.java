package org.sanad.store.h2.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;

/**
 * Finds texts already in a project by their checksums, with no database index on checksums.
 * Each project's checksums are kept in memory ({@link ProjectChecksums}) and caught up from the
 * project's {@code next_seq}: documents are numbered in the order they were committed, so the
 * documents another store (another process, through the same database) added since are the
 * ones numbered from where this store last looked. A match is confirmed against the stored row.
 */
final class Checksums {

	private final Map<String, ProjectChecksums> projects = new ConcurrentHashMap<>();
	private final ToLongFunction<String> keyOf;

	Checksums() {
		this(ProjectChecksums::key);
	}

	/** @param keyOf the 64-bit key of a checksum; tests give one that makes checksums share keys */
	Checksums(ToLongFunction<String> keyOf) {
		this.keyOf = keyOf;
	}

	/**
	 * @param next the project's {@code next_seq} as read in this transaction
	 * @return of {@code checksums}, those the project holds, each with its document's id
	 */
	Map<String, String> find(Connection connection, String projectId, long next, Collection<String> checksums)
			throws SQLException {
		ProjectChecksums known = catchUp(connection, projectId, next);
		Map<Long, List<String>> candidates = new HashMap<>();
		for (String checksum : checksums) {
			long place = known.placeOf(checksum);
			if (place != Long.MIN_VALUE) {
				candidates.computeIfAbsent(place, p -> new ArrayList<>()).add(checksum);
			}
		}
		if (candidates.isEmpty()) {
			return Map.of();
		}
		Map<String, String> found = new HashMap<>();
		List<String> unconfirmed = new ArrayList<>();
		Map<Long, DocumentRows.Stored> stored = DocumentRows.atPlaces(connection, projectId, candidates.keySet());
		candidates.forEach((place, sharing) -> {
			DocumentRows.Stored row = stored.get(place);
			for (String checksum : sharing) {
				if (row != null && row.checksum().equals(checksum)) {
					found.put(checksum, row.id());
				} else {
					unconfirmed.add(checksum);
				}
			}
		});
		if (!unconfirmed.isEmpty()) {
			// Two checksums with one key: rare enough that reading the project's rows is fine.
			found.putAll(DocumentRows.byChecksum(connection, projectId, unconfirmed));
		}
		return found;
	}

	/**
	 * Notes documents this store committed, numbered from {@code first} in list order, unless
	 * others added documents before them that a later look-up must first read.
	 */
	void stored(String projectId, List<String> checksums, long first) {
		ProjectChecksums known = projects.get(projectId);
		if (known == null || known.next() < first) {
			return;
		}
		for (int i = 0; i < checksums.size(); i++) {
			known.add(checksums.get(i), first + i);
		}
		known.coveredUpTo(first + checksums.size());
	}

	/**
	 * Forgets a project's checksums after documents left it: the next look-up reads them again,
	 * rather than take each deleted text's old place for a candidate and fall back to a scan.
	 */
	void forget(String projectId) {
		projects.remove(projectId);
	}

	private ProjectChecksums catchUp(Connection connection, String projectId, long next) throws SQLException {
		ProjectChecksums known = projects.computeIfAbsent(projectId, id -> new ProjectChecksums(keyOf));
		long from = known.next();
		if (from < next) {
			DocumentRows.checksumsFrom(connection, projectId, from, known::add);
			known.coveredUpTo(next);
		}
		return known;
	}
}
