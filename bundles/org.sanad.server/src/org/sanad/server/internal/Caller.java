package org.sanad.server.internal;

/**
 * The account a request comes from, as its session says.
 *
 * @param user          the account id
 * @param administrator whether it administers the server
 */
record Caller(String user, boolean administrator) {
}
