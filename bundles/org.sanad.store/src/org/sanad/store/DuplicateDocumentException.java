package org.sanad.store;

/** A text is already in the project (same checksum); nothing of the batch was stored. */
public class DuplicateDocumentException extends StoreException {

	private static final long serialVersionUID = 1L;

	private final String checksum;
	private final String existingDocumentId;

	public DuplicateDocumentException(String message, String checksum, String existingDocumentId) {
		super(message);
		this.checksum = checksum;
		this.existingDocumentId = existingDocumentId;
	}

	/** @return the checksum of the duplicated text */
	public String checksum() {
		return checksum;
	}

	/** @return the document that already has this text, or {@code null} if the duplicate was in the batch */
	public String existingDocumentId() {
		return existingDocumentId;
	}
}
