/**
 * Pre-annotation: services that propose entity labels for a document, shown in the editor as
 * suggestions that an annotator accepts (Enter) or rejects (X). A proposal is never written to
 * an annotation set unasked: accepting one is the annotator's own edit, in their own set.
 *
 * <p>A plugin provides a {@link org.sanad.preannotation.PreAnnotator} as a DS service:
 *
 * <pre>
 * &#64;Component(service = PreAnnotator.class)
 * public final class Capitals implements PreAnnotator {
 *     public String name() { return "capitals"; }
 *     public List&lt;Proposal&gt; propose(Document document, LabelSchema schema, PreAnnotationContext context) {
 *         List&lt;Proposal&gt; found = new ArrayList&lt;&gt;();
 *         String text = document.getText();
 *         for (int at = text.indexOf("بغداد"); at &gt;= 0 &amp;&amp; !context.isCancelled(); at = text.indexOf("بغداد", at + 1)) {
 *             found.add(new Proposal(at, at + 5, "LOC", "a capital city"));
 *         }
 *         return found;
 *     }
 * }
 * </pre>
 *
 * Sanad calls every registered pre-annotator through {@link org.sanad.preannotation.PreAnnotators}
 * when a document is opened, off the UI thread. Offsets are UTF-16 code units of the document's
 * text, as everywhere in Sanad's Java API; labels are the schema's ids (e.g. {@code ORG}).
 */
package org.sanad.preannotation;
