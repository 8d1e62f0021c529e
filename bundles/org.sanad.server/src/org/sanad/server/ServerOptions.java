package org.sanad.server;

import java.time.Duration;

/**
 * How a {@link TeamServer} listens and how long its sessions last.
 *
 * @param host            the address to listen on; {@code 0.0.0.0} for every interface
 * @param port            the port; 0 for any free one
 * @param plainHttp       HTTP without TLS; only allowed on a loopback address
 * @param sessionLifetime how long a session lasts without use
 * @param maxRequestBytes the largest request body taken (import sends documents in batches)
 * @param throttleStep    the wait after the first wrong passwords beyond the free ones; it doubles
 *                        with each further one
 * @param ownerSecret     a token that lets the data folder's owner in without an account and with
 *                        every right (another Sanad process of theirs, which read it from a file
 *                        only they can read), or {@code null} for none
 */
public record ServerOptions(String host, int port, boolean plainHttp, Duration sessionLifetime, long maxRequestBytes,
		Duration throttleStep, String ownerSecret) {

	/** The port a server listens on unless told otherwise. */
	public static final int DEFAULT_PORT = 8743;

	/** @return TLS on every interface at {@link #DEFAULT_PORT}, 12 h sessions, 64 MB bodies */
	public static ServerOptions defaults() {
		return new ServerOptions("0.0.0.0", DEFAULT_PORT, false, Duration.ofHours(12), 64L << 20, Duration.ofSeconds(1),
				null);
	}

	public ServerOptions withHost(String value) {
		return new ServerOptions(value, port, plainHttp, sessionLifetime, maxRequestBytes, throttleStep, ownerSecret);
	}

	public ServerOptions withPort(int value) {
		return new ServerOptions(host, value, plainHttp, sessionLifetime, maxRequestBytes, throttleStep, ownerSecret);
	}

	public ServerOptions withPlainHttp(boolean value) {
		return new ServerOptions(host, port, value, sessionLifetime, maxRequestBytes, throttleStep, ownerSecret);
	}

	public ServerOptions withSessionLifetime(Duration value) {
		return new ServerOptions(host, port, plainHttp, value, maxRequestBytes, throttleStep, ownerSecret);
	}

	public ServerOptions withMaxRequestBytes(long value) {
		return new ServerOptions(host, port, plainHttp, sessionLifetime, value, throttleStep, ownerSecret);
	}

	public ServerOptions withOwnerSecret(String value) {
		return new ServerOptions(host, port, plainHttp, sessionLifetime, maxRequestBytes, throttleStep, value);
	}

	public ServerOptions withThrottleStep(Duration value) {
		return new ServerOptions(host, port, plainHttp, sessionLifetime, maxRequestBytes, value, ownerSecret);
	}
}
