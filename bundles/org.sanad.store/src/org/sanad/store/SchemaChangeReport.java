package org.sanad.store;

/**
 * What a schema change did.
 *
 * @param version     the schema's new version
 * @param annotations annotations changed or deleted
 * @param sets        annotation sets they were in
 * @since 0.6
 */
public record SchemaChangeReport(int version, int annotations, int sets) {
}
