package org.sanad.model.validation;

/**
 * One finding of the {@link AnnotationValidator}.
 *
 * @param severity     whether the annotation is wrong or only suspicious
 * @param code         a stable identifier of the rule, for filtering and tests
 * @param message      one sentence for the user
 * @param annotationId the annotation concerned
 * @param begin        where to show it: UTF-16 offset, -1 for document-level annotations
 * @param end          end of that range, -1 likewise
 */
public record Problem(Severity severity, Code code, String message, String annotationId, int begin, int end) {

	/** How bad a problem is. */
	public enum Severity {
		ERROR, WARNING
	}

	/** The rules. */
	public enum Code {
		SPAN_OUTSIDE_TEXT, EMPTY_SPAN, SPLITS_CHARACTER, UNKNOWN_LABEL, STANCE_WITHOUT_TARGET, UNKNOWN_TARGET,
		STANCE_WITHOUT_POLARITY, HOLDER_NOT_IN_SET, SOURCE_WITHOUT_RATING, UNKNOWN_SOURCE_KIND, CROSSES_BOILERPLATE
	}
}
