package org.sanad.preannotation;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;
import org.sanad.model.Document;
import org.sanad.model.LabelSchema;

/**
 * Proposes entity labels for a document (a recommender). Provided by plugins as a DS service;
 * Sanad shows what it proposes as suggestions and stores only those an annotator accepts.
 */
@ConsumerType
public interface PreAnnotator {

	/** @return a short name shown beside this pre-annotator's suggestions, for example {@code gazetteer} */
	String name();

	/**
	 * Proposes labels for one document. Called off the UI thread each time a document is opened;
	 * a long loop should stop when {@link PreAnnotationContext#isCancelled()} says so. A
	 * pre-annotator reads what it needs through {@link PreAnnotationContext#store()} and writes
	 * nothing. Proposals with a label the schema does not have, or outside the text, are left out.
	 *
	 * @param document the document, with its whole text
	 * @param schema   the project's schema as the annotator's editor has it
	 * @param context  the store, the project and cancellation
	 * @return the proposals, in any order; an empty list when there is nothing to propose
	 */
	List<Proposal> propose(Document document, LabelSchema schema, PreAnnotationContext context);
}
