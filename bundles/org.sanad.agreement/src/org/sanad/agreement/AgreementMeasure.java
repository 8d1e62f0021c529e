package org.sanad.agreement;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;
import org.sanad.model.AnnotationSet;
import org.sanad.model.LabelSchema;

/**
 * An agreement measure a plugin adds to Sanad's (provided as a DS service): every agreement run
 * ({@code sanad agreement}, Curation > Agreement) feeds it the same documents as Sanad's own
 * measures, and its figures join the report.
 *
 * <pre>
 * &#64;Component(service = AgreementMeasure.class)
 * public final class DocumentsWithEntities implements AgreementMeasure {
 *     public String name() { return "documents-with-entities"; }
 *     public Tally start(LabelSchema schema, List&lt;String&gt; annotators) {
 *         return new Tally() { ... };
 *     }
 * }
 * </pre>
 */
@ConsumerType
public interface AgreementMeasure {

	/** @return the name its figures carry as {@link Figure#measure()}, lower case with dashes */
	String name();

	/**
	 * Starts one computation.
	 *
	 * @param schema     the project's schema
	 * @param annotators the annotators compared, in the order {@link Tally#document} gives their sets
	 */
	Tally start(LabelSchema schema, List<String> annotators);

	/** One computation over a project's documents, fed one document at a time, on one thread. */
	@ConsumerType
	interface Tally {

		/**
		 * One document that two or more of the annotators annotated.
		 *
		 * @param documentId the document
		 * @param sets       each annotator's set, in the order of the annotators; {@code null} for one
		 *                   who has none
		 */
		void document(String documentId, List<AnnotationSet> sets);

		/** @return its figures once every document was given */
		List<Figure> figures();
	}
}
