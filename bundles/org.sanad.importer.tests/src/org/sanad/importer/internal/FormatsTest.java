package org.sanad.importer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanad.importer.ImportProblem;
import org.sanad.model.BoilerplateRegion;
import org.sanad.model.Document;

class FormatsTest {

	private static List<Document> read(org.sanad.importer.DocumentFormat format, String name, String content,
			List<ImportProblem> problems) throws Exception {
		return format.read(TextDecoder.decode(Path.of(name), content.getBytes(StandardCharsets.UTF_8)), problems);
	}

	@Test
	void plainTextKeepsTheTextWithLfLineEndings() throws Exception {
		Document d = read(new PlainTextFormat(), "a.txt", "عنوان\r\n\r\nنص الخبر", new ArrayList<>()).get(0);
		assertEquals("عنوان\n\nنص الخبر", d.getText());
		assertEquals("crlf", d.getMetadata().get("lineEndings"));
		assertEquals("a.txt", d.getOrigin());
	}

	@Test
	void htmlGivesParagraphsTitleAndFurnitureAsBoilerplate() throws Exception {
		String html = """
				<html lang="ar"><head><title>العنوان</title><script>var x = "لا";</script></head>
				<body><nav><a href="/">الرئيسية</a> <a href="/w">دولي</a></nav>
				<article><h1>واشنطن تنفي</h1><p>قال   المتحدث <b>باسم</b> البنتاغون.</p><p>Second&nbsp;para</p></article>
				<div class="comments-area"><form><textarea>اترك تعليقك</textarea></form></div>
				<footer>© 2024</footer></body></html>""";
		Document d = read(new HtmlFormat(), "page.html", html, new ArrayList<>()).get(0);
		String text = d.getText();
		assertEquals("العنوان", d.getTitle());
		assertEquals("ar", d.getLanguage());
		assertTrue(text.contains("واشنطن تنفي\n\nقال المتحدث باسم البنتاغون.\n\nSecond\u00a0para"), text);
		assertFalse(text.contains("var x"), "scripts are not text");
		List<String> furniture = d.getBoilerplate().stream().map(r -> text.substring(r.getBegin(), r.getEnd())).toList();
		assertEquals(List.of("الرئيسية دولي", "اترك تعليقك", "© 2024"), furniture);
		assertEquals(List.of("html-nav", "html-div", "html-footer"),
				d.getBoilerplate().stream().map(BoilerplateRegion::getRule).toList());
	}

	@Test
	void htmlNeverResolvesExternalEntities() throws Exception {
		String html = "<!DOCTYPE html [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><html><body><p>a &xxe; b</p></body></html>";
		Document d = read(new HtmlFormat(), "x.html", html, new ArrayList<>()).get(0);
		assertFalse(d.getText().contains("root:"), d.getText());
		assertTrue(d.getText().contains("a &xxe; b"), "the entity stays unresolved: " + d.getText());
	}

	@Test
	void jsonlReadsGoodLinesAndReportsBadOnesWithLineAndByte() throws Exception {
		String content = "{\"id\": 7, \"text\": \"نص أول\", \"title\": \"T\", \"meta\": {\"site\": \"x\", \"n\": 3}}\r\n"
				+ "\r\n"
				+ "{\"id\": 8, \"text\": \n"
				+ "[1, 2]\n"
				+ "{\"id\": 9}\n"
				+ "{\"text\": \"  \"}\n"
				+ "{\"text\": \"ثان\\r\\nسطر\"}";
		List<ImportProblem> problems = new ArrayList<>();
		List<Document> docs = read(new JsonlFormat(), "c.jsonl", content, problems);
		assertEquals(2, docs.size());
		assertEquals("نص أول", docs.get(0).getText());
		assertEquals("T", docs.get(0).getTitle());
		assertEquals("7", docs.get(0).getMetadata().get("externalId"));
		assertEquals("3", docs.get(0).getMetadata().get("n"));
		assertEquals("c.jsonl:1", docs.get(0).getOrigin());
		assertEquals("ثان\r\nسطر", docs.get(1).getText(), "JSONL texts are kept exactly");
		assertEquals(List.of(3, 4, 5, 6), problems.stream().map(ImportProblem::line).toList());
		int line3 = content.indexOf("{\"id\": 8");
		assertEquals(content.substring(0, line3).getBytes(StandardCharsets.UTF_8).length, problems.get(0).byteOffset());
		assertTrue(problems.get(0).message().startsWith("is not a JSON object"), problems.get(0).message());
		assertEquals("is not a JSON object but […", problems.get(1).message());
		assertEquals("has no \"text\" string", problems.get(2).message());
		assertEquals("has an empty \"text\"", problems.get(3).message());
	}

	@Test
	void jsonlRefusesAnEscapedHalfOfASurrogatePairButKeepsAWholePair() throws Exception {
		String content = "{\"text\": \"نص \\ud83d\\ude00 كامل\"}\n{\"text\": \"نص \\ud83d مكسور\"}\n";
		List<ImportProblem> problems = new ArrayList<>();
		List<Document> docs = read(new JsonlFormat(), "s.jsonl", content, problems);
		assertEquals(List.of("نص 😀 كامل"), docs.stream().map(Document::getText).toList());
		assertEquals(1, problems.size());
		assertEquals(2, problems.get(0).line());
		assertEquals("has a \"text\" with half of a surrogate pair at character 3", problems.get(0).message());
	}
}
