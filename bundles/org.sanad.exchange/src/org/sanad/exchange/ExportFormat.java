package org.sanad.exchange;

import org.osgi.annotation.versioning.ConsumerType;

import java.io.IOException;
import java.util.Set;

/**
 * A dataset format that Sanad exports to. Provide it as a DS service to add a format; it
 * appears in {@code sanad export --format} and in File &gt; Export... at once.
 *
 * <p>The exporter reads the store, leaves out what the options leave out, and hands each
 * document with one annotation set to a {@link DatasetWriter} that this format opens; it writes
 * the dataset card itself.
 */
@ConsumerType
public interface ExportFormat {

	/** @return the name {@code --format} takes: lower case, unique, for example {@code jsonl} */
	String name();

	/** @return one line for listings */
	String summary();

	/** @return the format options it takes, for example {@code scheme} and {@code docstart} for CoNLL */
	default Set<String> formatOptions() {
		return Set.of();
	}

	/**
	 * @return the unit its offsets count, when the format fixes it (UIMA counts UTF-16 units);
	 *         {@code null} when it writes {@link ExportOptions#offsets()}
	 */
	default OffsetUnit fixedOffsets() {
		return null;
	}

	/**
	 * Opens a writer for one set selection's folder.
	 *
	 * @throws IllegalArgumentException for format options it cannot take, naming the option
	 */
	DatasetWriter open(ExportTarget target) throws IOException;
}
