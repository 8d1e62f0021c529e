package org.sanad.store.remote.wire;

import java.util.List;

import org.sanad.store.AccessDeniedException;
import org.sanad.store.AuditEntry;
import org.sanad.store.ConflictException;
import org.sanad.store.DuplicateDocumentException;
import org.sanad.store.StoreException;
import org.sanad.store.UnknownNameException;

/**
 * The body of every answer that is not 2xx, and how exceptions travel: the server turns one into
 * a status and this body, the client turns them back into the same exception.
 *
 * @param kind            what went wrong, one of the constants here
 * @param message         a sentence for the user; for {@link #DENIED} always the same one
 * @param baseRevision    for {@link #CONFLICT}: the revision the change was made against
 * @param currentRevision for {@link #CONFLICT}: the set's revision now
 * @param changes         for {@link #CONFLICT}: what changed in between
 * @param checksum        for {@link #DUPLICATE}: the text's checksum
 * @param existing        for {@link #DUPLICATE}: the document that has the text
 * @param field           for {@link #UNKNOWN_NAME}: label, target or kind (since 0.2)
 * @param name            for {@link #UNKNOWN_NAME}: the name the schema lacks (since 0.2)
 * @param annotations     for {@link #UNKNOWN_NAME}: the annotations using it (since 0.2)
 */
public record ErrorBody(String kind, String message, Long baseRevision, Long currentRevision,
		List<AuditEntry> changes, String checksum, String existing, String field, String name,
		List<String> annotations) {

	/** A body without the fields of {@link #UNKNOWN_NAME}, as in 0.1. */
	public ErrorBody(String kind, String message, Long baseRevision, Long currentRevision, List<AuditEntry> changes,
			String checksum, String existing) {
		this(kind, message, baseRevision, currentRevision, changes, checksum, existing, null, null, null);
	}

	/** 400: a malformed or wrong request, or an argument the store refused. */
	public static final String BAD_REQUEST = "bad-request";
	/** 401: no session, or it expired. */
	public static final String UNAUTHENTICATED = "unauthenticated";
	/** 403: the role does not allow it. */
	public static final String DENIED = "denied";
	/** 404: no such path or operation. */
	public static final String NOT_FOUND = "not-found";
	/** 409: the set changed since the revision the change was made against. */
	public static final String CONFLICT = "conflict";
	/** 409: the text is in the project already. */
	public static final String DUPLICATE = "duplicate";
	/** 413: the body is larger than the server takes. */
	public static final String TOO_LARGE = "too-large";
	/** 422: the store refused the change (an unknown project, a taken name...). */
	public static final String REFUSED = "refused";
	/** 422: a label, stance target or source kind the project's schema does not have (since 0.2). */
	public static final String UNKNOWN_NAME = "unknown-name";
	/** 429: too many wrong passwords; try again later. */
	public static final String SLOW_DOWN = "slow-down";
	/** 501: the store does not do this. */
	public static final String UNSUPPORTED = "unsupported";
	/** 503: the store is busy or failed for a moment; try again. */
	public static final String UNAVAILABLE = "unavailable";
	/** 500: a fault of the server, logged there. */
	public static final String FAULT = "fault";

	/** @return the body for a message of this kind */
	public static ErrorBody of(String kind, String message) {
		return new ErrorBody(kind, message, null, null, null, null, null);
	}

	/** @return the HTTP status and body for an exception the store or the request raised */
	public static ErrorBody of(Throwable e) {
		if (e instanceof AccessDeniedException) {
			return of(DENIED, AccessDeniedException.MESSAGE);
		}
		if (e instanceof ConflictException c) {
			return new ErrorBody(CONFLICT, c.getMessage(), c.baseRevision(), c.currentRevision(), c.changes(), null,
					null);
		}
		if (e instanceof DuplicateDocumentException d) {
			return new ErrorBody(DUPLICATE, d.getMessage(), null, null, null, d.checksum(), d.existingDocumentId());
		}
		if (e instanceof UnknownNameException u) {
			return new ErrorBody(UNKNOWN_NAME, u.getMessage(), null, null, null, null, null, u.field(), u.name(),
					u.annotationIds());
		}
		if (e instanceof StoreException s) {
			return of(s.isTransient() ? UNAVAILABLE : REFUSED, s.getMessage());
		}
		if (e instanceof IllegalArgumentException || e instanceof com.google.gson.JsonParseException) {
			return of(BAD_REQUEST, e.getMessage());
		}
		if (e instanceof UnsupportedOperationException) {
			return of(UNSUPPORTED, e.getMessage());
		}
		return of(FAULT, "The server failed; its log has the details");
	}

	/** @return the HTTP status for this body */
	public int status() {
		return switch (kind) {
		case BAD_REQUEST -> 400;
		case UNAUTHENTICATED -> 401;
		case DENIED -> 403;
		case NOT_FOUND -> 404;
		case CONFLICT, DUPLICATE -> 409;
		case TOO_LARGE -> 413;
		case REFUSED, UNKNOWN_NAME -> 422;
		case SLOW_DOWN -> 429;
		case UNSUPPORTED -> 501;
		case UNAVAILABLE -> 503;
		default -> 500;
		};
	}

	/** @return the exception the client raises for this answer */
	public RuntimeException toException() {
		return switch (kind) {
		case DENIED -> new AccessDeniedException();
		case CONFLICT -> new ConflictException(message, baseRevision == null ? -1 : baseRevision,
				currentRevision == null ? -1 : currentRevision, changes == null ? List.of() : changes);
		case DUPLICATE -> new DuplicateDocumentException(message, checksum, existing);
		case BAD_REQUEST -> new IllegalArgumentException(message);
		case UNSUPPORTED -> new UnsupportedOperationException(message);
		case UNAVAILABLE -> new StoreException(message, null, true);
		case UNKNOWN_NAME -> new UnknownNameException(message, field, name, annotations == null ? List.of() : annotations);
		default -> new StoreException(message);
		};
	}
}
