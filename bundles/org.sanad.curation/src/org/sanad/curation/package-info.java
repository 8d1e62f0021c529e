/**
 * Curation: annotators' sets turned into the gold standard. A {@link org.sanad.curation.CurationDocument}
 * aligns every annotator's annotations of a document into {@link org.sanad.curation.CurationUnit}s
 * (one per span or stance target) and records each decision (accept one annotator's annotation,
 * reject the unit, annotate anew) with its optional reason; the {@link org.sanad.curation.Curation}
 * service merges automatically what a {@link org.sanad.curation.MergeStrategy} allows and never
 * overrides a curator's decision.
 *
 * <pre>
 * MergeReport report = curation.merge(store, projectId, MergeStrategy.MAJORITY, 2, "carol", monitor);
 * CurationDocument doc = CurationDocument.open(store, documentId);
 * doc.disagreements().forEach(u -&gt; doc.accept(u.key(), "ann", Curation.REASONS.get(0), "carol"));
 * doc.finish("carol");
 * </pre>
 *
 * <p>API: semantic versioning (docs/dev/plugins.md): additions raise the minor version, changes that can
 * break a caller or an implementer the major one; the build checks it against {@code releng/api-baseline}.
 */
package org.sanad.curation;
