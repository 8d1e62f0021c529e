/**
 * Datasets out of Sanad: the {@link org.sanad.exchange.DatasetExporter} service, the
 * {@link org.sanad.exchange.ExportFormat} contract that a format implements (Sanad JSONL, CoNLL-2003
 * and CSV ship with Sanad), and the options of an export. Every format states its offset unit
 * ({@link org.sanad.exchange.OffsetUnit}); docs/formats.md describes each file.
 *
 * <p>A format is a DS component:
 *
 * <pre>
 * &#64;Component(service = ExportFormat.class)
 * public final class TsvFormat implements ExportFormat {
 *     public String name() { return "tsv"; }
 *     public String summary() { return "Entities as begin, end, label"; }
 *     public DatasetWriter open(ExportTarget target) throws IOException {
 *         Writer out = target.create("entities.tsv");
 *         return new DatasetWriter() {
 *             public void write(ExportedDocument d) throws IOException {
 *                 for (EntityMention m : d.entities()) {
 *                     out.write(d.document().getId() + "\t" + d.offset(m.getBegin()) + "\t"
 *                             + d.offset(m.getEnd()) + "\t" + m.getLabel() + "\n");
 *                 }
 *             }
 *             public void close() throws IOException { out.close(); }
 *         };
 *     }
 * }
 * </pre>
 *
 * <p>API: semantic versioning (docs/dev/plugins.md): additions raise the minor version, changes that can
 * break a caller or an implementer the major one; the build checks it against {@code releng/api-baseline}.
 */
package org.sanad.exchange;
