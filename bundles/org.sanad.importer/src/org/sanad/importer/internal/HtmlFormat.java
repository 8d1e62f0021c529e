package org.sanad.importer.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.osgi.service.component.annotations.Component;
import org.sanad.importer.DocumentFormat;
import org.sanad.importer.ImportException;
import org.sanad.importer.ImportProblem;
import org.sanad.importer.SourceFile;
import org.sanad.model.BoilerplateRegion;
import org.sanad.model.Document;
import org.sanad.model.SanadFactory;

/**
 * An HTML page is one document: its visible text, one paragraph per block element. jsoup parses
 * HTML as a browser does and never fetches or resolves external entities. Text inside
 * {@code nav}, {@code header}, {@code footer}, {@code aside} and {@code form}, or in elements whose
 * class or id names site furniture, is marked as boilerplate.
 */
@Component(service = DocumentFormat.class)
public final class HtmlFormat implements DocumentFormat {

	private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "svg", "head");
	private static final Set<String> FURNITURE = Set.of("nav", "header", "footer", "aside", "form", "menu");
	private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
			"h5", "h6", "li", "ul", "ol", "table", "tr", "blockquote", "pre", "figure", "figcaption", "dl", "dt", "dd",
			"address", "hr", "nav", "header", "footer", "aside", "form");
	private static final List<String> FURNITURE_NAMES = List.of("comment", "related", "share", "menu", "navbar",
			"sidebar", "footer", "breadcrumb", "newsletter", "social");

	@Override
	public String name() {
		return "html";
	}

	@Override
	public boolean accepts(Path file) {
		return FileNames.hasExtension(file, ".html", ".htm", ".xhtml");
	}

	/**
	 * A DOCTYPE with an internal subset ({@code <!DOCTYPE html [ <!ENTITY ...> ]>}): jsoup ends the
	 * doctype at its first {@code >} and takes the rest of the subset, "]>" and all, for the page's
	 * text. HTML has no use for the subset, so it goes before parsing.
	 */
	private static final java.util.regex.Pattern INTERNAL_SUBSET = java.util.regex.Pattern
			.compile("(?is)<!DOCTYPE[^\\[>]*\\[.*?\\]\\s*>");

	static String withoutInternalSubset(String html) {
		int doctype = html.regionMatches(true, 0, "<!DOCTYPE", 0, 9) ? 0 : indexOfIgnoreCase(html, "<!DOCTYPE");
		if (doctype < 0 || doctype > 1024) {
			return html;
		}
		java.util.regex.Matcher m = INTERNAL_SUBSET.matcher(html);
		return m.find(doctype) && m.start() == doctype ? html.substring(0, doctype) + "<!DOCTYPE html>" + html.substring(m.end())
				: html;
	}

	private static int indexOfIgnoreCase(String text, String what) {
		return text.substring(0, Math.min(text.length(), 1024 + what.length())).toUpperCase(java.util.Locale.ROOT)
				.indexOf(what);
	}

	@Override
	public List<Document> read(SourceFile source, List<ImportProblem> problems) throws ImportException {
		org.jsoup.nodes.Document page = Jsoup.parse(withoutInternalSubset(source.text()));
		Extractor extractor = new Extractor();
		NodeTraversor.traverse(extractor, page.body());
		String text = extractor.text();
		if (text.isBlank()) {
			throw TextDecoder.problem(source.path(), 0, -1, "has no visible text");
		}
		Document document = SanadFactory.eINSTANCE.createDocument();
		document.setText(text);
		document.setOrigin(source.path().toString());
		String title = page.title().strip();
		if (!title.isEmpty()) {
			document.setTitle(title);
		}
		String lang = page.select("html[lang]").attr("lang");
		if (!lang.isBlank()) {
			document.setLanguage(lang.strip());
		}
		document.getBoilerplate().addAll(extractor.furniture);
		document.getMetadata().put("format", name());
		return List.of(document);
	}

	/** Collects visible text with paragraph breaks and remembers where furniture lies. */
	private static final class Extractor implements NodeVisitor {

		private final StringBuilder text = new StringBuilder();
		private final List<BoilerplateRegion> furniture = new ArrayList<>();
		private Node skipping;
		private Node inFurniture;
		private int furnitureStart;

		@Override
		public void head(Node node, int depth) {
			if (skipping != null) {
				return;
			}
			if (node instanceof Element e) {
				String tag = e.normalName();
				if (SKIPPED.contains(tag) || e.hasAttr("hidden")) {
					skipping = node;
					return;
				}
				if (BLOCKS.contains(tag)) {
					paragraph();
				} else if (tag.equals("br")) {
					newline();
				}
				if (inFurniture == null && isFurniture(e)) {
					paragraph();
					inFurniture = node;
					furnitureStart = text.length();
				}
			} else if (node instanceof TextNode t) {
				String words = t.getWholeText().replaceAll("[ \\t\\n\\r\\f]+", " ");
				char last = text.isEmpty() ? '\n' : text.charAt(text.length() - 1);
				if (last == '\n' || last == ' ') {
					words = words.stripLeading();
				}
				text.append(words);
			}
		}

		@Override
		public void tail(Node node, int depth) {
			if (node == skipping) {
				skipping = null;
				return;
			}
			if (skipping != null) {
				return;
			}
			if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
				paragraph();
			}
			if (node == inFurniture) {
				trimTrailingSpaces();
				if (text.length() > furnitureStart) {
					BoilerplateRegion region = SanadFactory.eINSTANCE.createBoilerplateRegion();
					region.setBegin(furnitureStart);
					region.setEnd(text.toString().stripTrailing().length());
					region.setRule("html-" + ((Element) node).normalName());
					if (region.getEnd() > region.getBegin()) {
						furniture.add(region);
					}
				}
				inFurniture = null;
			}
		}

		private static boolean isFurniture(Element e) {
			if (FURNITURE.contains(e.normalName())) {
				return true;
			}
			String role = e.attr("role");
			if (role.equals("navigation") || role.equals("banner") || role.equals("contentinfo")
					|| role.equals("complementary")) {
				return true;
			}
			String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
			return FURNITURE_NAMES.stream().anyMatch(names::contains);
		}

		private void paragraph() {
			trimTrailingSpaces();
			if (text.isEmpty()) {
				return;
			}
			if (text.charAt(text.length() - 1) != '\n') {
				text.append('\n');
			}
			if (text.length() < 2 || text.charAt(text.length() - 2) != '\n') {
				text.append('\n');
			}
		}

		private void newline() {
			trimTrailingSpaces();
			text.append('\n');
		}

		private void trimTrailingSpaces() {
			while (!text.isEmpty() && text.charAt(text.length() - 1) == ' ') {
				text.setLength(text.length() - 1);
			}
		}

		String text() {
			return text.toString().strip().isEmpty() ? "" : text.toString().stripTrailing();
		}
	}
}
