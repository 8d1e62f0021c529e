package org.sanad.ui.search.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The last queries, most recent first, kept in {@code search-history.txt} of the data folder. */
final class SearchHistory {

	private static final int SIZE = 20;

	private final Path file;
	private final List<String> queries = new ArrayList<>();

	SearchHistory(Path dataDirectory) {
		this.file = dataDirectory.resolve("search-history.txt");
		try {
			if (Files.isRegularFile(file)) {
				Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).limit(SIZE)
						.forEach(queries::add);
			}
		} catch (IOException e) {
			// an unreadable history is an empty one
		}
	}

	List<String> queries() {
		return List.copyOf(queries);
	}

	/** Puts a query first and saves the history; a failed save only loses the history. */
	void add(String query) {
		String q = query.strip().replace('\n', ' ');
		queries.remove(q);
		queries.add(0, q);
		while (queries.size() > SIZE) {
			queries.remove(queries.size() - 1);
		}
		try {
			Files.write(file, queries, StandardCharsets.UTF_8);
		} catch (IOException e) {
			// not worth an error dialog
		}
	}
}
