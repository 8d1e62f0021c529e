package org.example.sanad.gazetteer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A word list: one phrase a line (UTF-8), optionally followed by a tab and the entity label to
 * propose for it; empty lines and lines starting with # are skipped. The list a project's
 * suggestions come from is kept in the data folder, {@code gazetteer/PROJECT-ID.tsv}.
 */
final class WordList {

	private WordList() {
	}

	static Path of(Path dataDirectory, String projectId) {
		return dataDirectory.resolve("gazetteer").resolve(projectId + ".tsv");
	}

	/**
	 * @param labels the labels an entry may carry; an entry with another label is an error naming its line
	 */
	static List<Gazetteer.Entry> read(Path file, Set<String> labels) throws IOException {
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		List<Gazetteer.Entry> entries = new ArrayList<>();
		for (int n = 0; n < lines.size(); n++) {
			String line = lines.get(n).strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			String[] columns = line.split("\t", -1);
			String label = columns.length > 1 && !columns[1].isBlank() ? columns[1].strip() : null;
			if (label != null && labels != null && !labels.contains(label)) {
				throw new IllegalArgumentException(file + ", line " + (n + 1) + ": the schema has no entity label "
						+ label + " (it has " + String.join(", ", new java.util.TreeSet<>(labels)) + ")");
			}
			entries.add(new Gazetteer.Entry(columns[0].strip(), label, "in the word list"));
		}
		return entries;
	}
}
