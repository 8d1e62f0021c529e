package org.sanad.preannotation;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.sanad.model.Document;
import org.sanad.model.LabelSchema;

/**
 * Every {@link PreAnnotator} registered in the running Sanad, asked together. A DS service;
 * the editor uses it when a document is opened.
 */
@ProviderType
public interface PreAnnotators {

	/** The suggestions for a document, and which pre-annotators failed (each failure alone). */
	record Result(List<Suggestion> suggestions, List<String> failures) {

		public Result {
			suggestions = List.copyOf(suggestions);
			failures = List.copyOf(failures);
		}
	}

	/** @return the names of the registered pre-annotators, sorted */
	List<String> names();

	/**
	 * Asks each registered pre-annotator in turn. A pre-annotator that throws is named in
	 * {@link Result#failures()} and the others still run; proposals outside the text or with a
	 * label that is not an entity label of the schema are left out.
	 */
	Result propose(Document document, LabelSchema schema, PreAnnotationContext context);
}
