package org.sanad.store.postgresql.internal;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;

/**
 * A table's row count and a checksum of its rows that does not depend on their order: the sum,
 * modulo 2^256, of each row's SHA-256. Order-free because H2 and a PostgreSQL server with another
 * collation sort the same text keys differently; a changed, missing or extra row changes the sum.
 */
final class TableDigest {

	private static final BigInteger MODULUS = BigInteger.ONE.shiftLeft(256);

	private final MessageDigest sha;
	private BigInteger sum = BigInteger.ZERO;
	private long rows;

	TableDigest() {
		try {
			sha = MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java has SHA-256", e);
		}
	}

	/** Adds a row: its columns' names and values, the columns in the same order on both sides. */
	void add(List<TableRows.Column> columns, Object[] values) {
		for (int i = 0; i < values.length; i++) {
			sha.update(columns.get(i).name().getBytes(StandardCharsets.UTF_8));
			sha.update((byte) 0);
			sha.update(canonical(values[i]));
			sha.update((byte) 1);
		}
		sum = sum.add(new BigInteger(1, sha.digest())).mod(MODULUS);
		rows++;
	}

	private static byte[] canonical(Object value) {
		return switch (value) {
		case null -> new byte[] { 'N' };
		case byte[] bytes -> bytes;
		case Boolean b -> b.toString().getBytes(StandardCharsets.US_ASCII);
		case Number n -> Long.toString(n.longValue()).getBytes(StandardCharsets.US_ASCII);
		case OffsetDateTime t -> t.toInstant().toString().getBytes(StandardCharsets.US_ASCII);
		default -> ("S" + value).getBytes(StandardCharsets.UTF_8);
		};
	}

	long rows() {
		return rows;
	}

	/** @return the sum as 64 lowercase hex digits */
	String checksum() {
		String hex = HexFormat.of().formatHex(sum.toByteArray());
		return "0".repeat(Math.max(0, 64 - hex.length())) + hex.substring(Math.max(0, hex.length() - 64));
	}
}
