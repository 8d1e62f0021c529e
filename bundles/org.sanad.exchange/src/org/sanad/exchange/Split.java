package org.sanad.exchange;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A reproducible train/dev/test split by document: documents are ordered by a hash of the seed
 * and their id, and the first {@code train} percent (rounded) go to training, the next
 * {@code dev} percent to development, the rest to testing. The same documents and seed give the
 * same split on every machine; the parts hold exactly their share of the documents.
 *
 * @param train percentage of documents for training
 * @param dev   percentage for development
 * @param test  percentage for testing; the three add up to 100
 * @param seed  any number; another seed gives another split
 */
public record Split(int train, int dev, int test, long seed) {

	/** Names of the parts, as files and the card name them. */
	public static final String TRAIN = "train", DEV = "dev", TEST = "test";

	public Split {
		if (train < 0 || dev < 0 || test < 0 || train + dev + test != 100) {
			throw new IllegalArgumentException(
					"a split is three percentages that add up to 100, like 80/10/10, not " + train + "/" + dev + "/" + test);
		}
	}

	/**
	 * @param value {@code TRAIN/DEV/TEST}, for example {@code 80/10/10}
	 * @throws IllegalArgumentException naming what is wrong
	 */
	public static Split parse(String value, long seed) {
		String[] parts = value.split("/", -1);
		if (parts.length != 3) {
			throw new IllegalArgumentException("--split needs TRAIN/DEV/TEST percentages like 80/10/10, not '" + value + "'");
		}
		try {
			return new Split(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()),
					Integer.parseInt(parts[2].strip()), seed);
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("--split needs whole percentages like 80/10/10, not '" + value + "'");
		}
	}

	/** @return each document's part ({@link #TRAIN}, {@link #DEV} or {@link #TEST}), by id */
	public java.util.Map<String, String> assign(java.util.Collection<String> documentIds) {
		record Keyed(long key, String id) {
		}
		java.util.List<Keyed> ordered = new java.util.ArrayList<>(documentIds.size());
		for (String id : documentIds) {
			ordered.add(new Keyed(key(id), id));
		}
		ordered.sort(java.util.Comparator.comparingLong(Keyed::key).thenComparing(Keyed::id));
		int trainCount = Math.round(ordered.size() * train / 100f);
		int devCount = Math.round(ordered.size() * (train + dev) / 100f) - trainCount;
		java.util.Map<String, String> parts = new java.util.HashMap<>();
		for (int i = 0; i < ordered.size(); i++) {
			parts.put(ordered.get(i).id(), i < trainCount ? TRAIN : i < trainCount + devCount ? DEV : TEST);
		}
		return parts;
	}

	/** @return the first 64 bits of SHA-256 of the seed and the id: the same on every machine */
	private long key(String documentId) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] hash = digest.digest((seed + ":" + documentId).getBytes(StandardCharsets.UTF_8));
			long value = 0;
			for (int i = 0; i < 8; i++) {
				value = value << 8 | (hash[i] & 0xff);
			}
			return value;
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}

	@Override
	public String toString() {
		return train + "/" + dev + "/" + test;
	}
}
