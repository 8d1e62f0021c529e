package org.sanad.editing.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.sanad.editing.Outbox;
import org.sanad.model.Annotation;
import org.sanad.model.SetStatus;
import org.sanad.store.remote.wire.Wire;

/**
 * One document's pending edits of one annotator, as JSON (the model's JSON of the HTTP API):
 * the revision the first is based on and the edits in order, each with its key. Written whole,
 * synced and moved into place, so a crash leaves the old file or the new one, never half.
 */
public final class OutboxFile {

	/** One pending store action. */
	public record Pending(List<Annotation> created, List<Annotation> updated, List<String> deleted, SetStatus status,
			String changeId) {
	}

	/** The file's content. */
	public record Content(String documentId, String owner, long revision, List<Pending> pending) {
	}

	private final Path file;

	public OutboxFile(Outbox outbox, String documentId, String owner) {
		String who = owner == null ? "gold" : Base64.getUrlEncoder().withoutPadding()
				.encodeToString(owner.getBytes(StandardCharsets.UTF_8));
		this.file = outbox.folder().resolve(documentId + "." + who + ".json");
	}

	public Optional<Content> read() {
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		try {
			return Optional.ofNullable(Wire.gson().fromJson(Files.readString(file, StandardCharsets.UTF_8),
					Content.class));
		} catch (IOException | RuntimeException e) {
			throw new IllegalStateException("Edits waiting in " + file + " cannot be read (" + e.getMessage()
					+ "); move the file away to open the document without them", e);
		}
	}

	/** Writes the pending edits, or removes the file when none are left. */
	void write(Content content) {
		try {
			if (content.pending().isEmpty()) {
				Files.deleteIfExists(file);
				return;
			}
			Files.createDirectories(file.getParent());
			Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
			try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
				Wire.gson().toJson(content, out);
			}
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
				channel.force(true);
			}
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			throw new UncheckedIOException("Could not keep pending edits in " + file + ": " + e.getMessage(), e);
		}
	}
}
