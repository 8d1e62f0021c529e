/**
 * Bringing texts into a project: the {@link org.sanad.importer.DocumentFormat} contract that
 * readers of a file format implement (plain text, HTML and JSONL ship with Sanad), options,
 * and the report of what was imported and what was refused, with file, line and byte.
 *
 * <p>Input must be UTF-8 (with or without BOM). Offsets of the stored text are UTF-16 code units.
 *
 * <pre>
 * &#64;Component(service = DocumentFormat.class)
 * public final class Lines implements DocumentFormat {
 *     public String name() { return "lines"; }
 *     public boolean accepts(Path file) { return file.toString().endsWith(".lines"); }
 *     public List&lt;Document&gt; read(SourceFile source, List&lt;ImportProblem&gt; problems) {
 *         Document d = SanadFactory.eINSTANCE.createDocument();
 *         d.setText(source.text());
 *         return List.of(d);
 *     }
 * }
 * </pre>
 *
 * <p>API: semantic versioning (docs/dev/plugins.md): additions raise the minor version, changes that can
 * break a caller or an implementer the major one; the build checks it against {@code releng/api-baseline}.
 */
package org.sanad.importer;
