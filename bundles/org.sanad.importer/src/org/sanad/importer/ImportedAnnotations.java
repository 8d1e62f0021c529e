package org.sanad.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.sanad.model.Annotation;
import org.sanad.model.Document;
import org.sanad.model.SourceAttribution;

/**
 * Annotations that came with a document in an imported file (Sanad JSONL, UIMA XMI), kept with
 * the document as an EMF adapter until the importer has stored it: a {@link DocumentFormat} that
 * reads annotations attaches them, and the importer checks them against the project's schema and
 * writes them to the document's set, also when the document is already in the project.
 * <p>
 * Offsets are UTF-16 code units, already checked against the text; ids are the file's and are
 * replaced by new ones when stored; a stance's holder is one of {@link #annotations()}.
 *
 * @param annotator the set the file names: an annotator's id, or {@code null} for the gold set
 * @param annotations the annotations
 * @param registry  names of registered sources, by the source attribution that points to them
 * @param fields    where each annotation stands in the file (for example {@code entities[3]}), for messages
 * @param boilerplateGiven whether the file gave the boilerplate regions, which are then taken as
 *                  they are instead of being detected
 * @param file      the file
 * @param line      the 1-based line in the file, or 0
 * @since 0.2
 */
public record ImportedAnnotations(String annotator, List<Annotation> annotations,
		Map<SourceAttribution, String> registry, Map<Annotation, String> fields, boolean boilerplateGiven, Path file,
		int line) {

	public ImportedAnnotations {
		annotations = List.copyOf(annotations);
		registry = Map.copyOf(registry);
		fields = Map.copyOf(fields);
	}

	/** Keeps the annotations with the document until it is imported. */
	public void attachTo(Document document) {
		document.eAdapters().remove(EcoreUtil.getExistingAdapter(document, Holder.class));
		document.eAdapters().add(new Holder(this));
	}

	/** @return the annotations imported with the document, if any */
	public static Optional<ImportedAnnotations> of(Document document) {
		return EcoreUtil.getExistingAdapter(document, Holder.class) instanceof Holder holder ? Optional.of(holder.value)
				: Optional.empty();
	}

	/** @return where an annotation stands in the file, for example {@code line 4: entities[2]} */
	public String where(Annotation annotation) {
		return fields.getOrDefault(annotation, annotation.eClass().getName());
	}

	/** The adapter that carries the record. */
	private static final class Holder extends AdapterImpl {
		private final ImportedAnnotations value;

		Holder(ImportedAnnotations value) {
			this.value = value;
		}

		@Override
		public boolean isAdapterForType(Object type) {
			return type == Holder.class;
		}
	}
}
