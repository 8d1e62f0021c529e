package org.sanad.importer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanad.importer.ImportOptions;
import org.sanad.importer.ImportProblem;
import org.sanad.importer.ImportReport;
import org.sanad.model.Document;
import org.sanad.model.Project;
import org.sanad.model.schema.DefaultSchema;
import org.sanad.model.text.TextChecksum;
import org.sanad.store.CorpusStore;
import org.sanad.store.h2.internal.H2StoreProvider;

/** Imports into a real H2 store. */
class DocumentImporterTest {

	@TempDir
	Path folder;

	private CorpusStore store;
	private Project project;
	private final DocumentImporter importer = new DocumentImporter(
			List.of(new PlainTextFormat(), new HtmlFormat(), new JsonlFormat()));
	private final Path seeds = Path.of(System.getProperty("sanad.seeds"));

	@BeforeEach
	void open() {
		store = new H2StoreProvider().open(folder.resolve("data"));
		project = store.createProject("P", null, DefaultSchema.create());
	}

	@AfterEach
	void close() {
		store.close();
	}

	private ImportReport run(ImportOptions options, Path... inputs) {
		return importer.run(store, project, List.of(inputs), options, new NullProgressMonitor());
	}

	private Path file(String name, String content) throws Exception {
		return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
	}

	private Path file(String name, byte[] content) throws Exception {
		return Files.write(folder.resolve(name), content);
	}

	@Test
	void seedsFolderImportsFiveDocumentsWithTitlesLanguageAndBoilerplate() {
		ImportReport report = run(ImportOptions.defaults(), seeds);
		assertTrue(report.complete(), report.problems().toString());
		assertEquals(5, store.documentCount(project.getId()));
		List<Document> listed = store.documents(project.getId(), 0, 10);
		assertTrue(listed.stream().allMatch(d -> "ar".equals(d.getLanguage())));
		assertEquals("ومع تصاعد التوترات مع إيران، تستأنف الولايات المتحدة المحادثات مع العراق بشأن وجود القوات",
				listed.get(0).getTitle());
		Document first = store.document(listed.get(0).getId()).orElseThrow();
		assertFalse(first.getBoilerplate().isEmpty());
		assertTrue(first.getOrigin().endsWith("000_0d3db50cd5f363af.txt"));
	}

	@Test
	void aTextIsTheSameDocumentWhateverItsFilesMarkAndLineEndings() throws Exception {
		byte[] mark = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] text = "سطر أول\nسطر ثان\n".getBytes(StandardCharsets.UTF_8);
		byte[] withMark = java.util.Arrays.copyOf(mark, mark.length + text.length);
		System.arraycopy(text, 0, withMark, mark.length, text.length);
		ImportReport report = run(ImportOptions.defaults(), file("lf.txt", "سطر أول\nسطر ثان\n"),
				file("mark.txt", withMark), file("crlf.txt", "سطر أول\r\nسطر ثان\r\n"));
		assertEquals(1, report.imported().size());
		assertEquals(List.of("mark.txt: has the same text as lf.txt", "crlf.txt: has the same text as lf.txt"),
				report.problems().stream().map(p -> p.file().getFileName() + ": " + p.message()
						.replace(folder.toString() + "/", "")).toList(), "files given one by one keep their order");
		Document stored = store.document(report.imported().get(0).getId()).orElseThrow();
		assertEquals(TextChecksum.of("سطر أول\nسطر ثان\n"), stored.getChecksum());
	}

	@Test
	void storedTextsAreTheFilesTextsToTheLastCharacter() throws Exception {
		String marked = "نصٌّ بعلامة 😀 ـــ\n";
		byte[] withMark = ("\uFEFF" + marked).getBytes(StandardCharsets.UTF_8);
		ImportReport report = run(ImportOptions.defaults(), file("mark.txt", withMark),
				file("zwj.txt", "لا\u200Dم e\u0301\n"), file("crlf.txt", "سطر\r\nسطر آخر\r\n"), seeds);
		assertTrue(report.complete(), report.problems().toString());
		Map<String, String> stored = new HashMap<>();
		for (Document d : store.documents(project.getId(), 0, 10)) {
			stored.put(Path.of(d.getOrigin()).getFileName().toString(), store.document(d.getId()).orElseThrow().getText());
		}
		assertEquals(marked, stored.get("mark.txt"), "without the mark");
		assertEquals("لا\u200Dم e\u0301\n", stored.get("zwj.txt"));
		assertEquals("سطر\nسطر آخر\n", stored.get("crlf.txt"));
		try (var files = Files.list(seeds)) {
			for (Path seed : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
				assertEquals(Files.readString(seed).replace("\r\n", "\n"), stored.get(seed.getFileName().toString()));
			}
		}
	}

	@Test
	void importingTheSameTextsAgainStoresNothingNew() {
		run(ImportOptions.defaults(), seeds);
		ImportReport again = run(ImportOptions.defaults(), seeds);
		assertEquals(0, again.imported().size());
		assertEquals(5, again.problems().size());
		assertTrue(again.problems().get(0).message().startsWith("is already in project 'P' as document"));
		assertEquals(5, store.documentCount(project.getId()));
	}

	@Test
	void lenientImportStoresGoodFilesAndReportsEveryBadOne() throws Exception {
		Path good = file("good.txt", "خبر جيد");
		Path twin = file("twin.txt", "خبر جيد");
		Path bad = file("bad.txt", new byte[] { 'o', 'k', '\n', (byte) 0xFF });
		Path empty = file("empty.txt", "");
		Path missing = folder.resolve("missing.txt");
		Path unknown = file("data.csv", "a,b");
		ImportReport report = run(ImportOptions.defaults(), good, twin, bad, empty, missing, unknown);
		assertEquals(1, report.imported().size());
		List<String> messages = report.problems().stream().map(ImportProblem::toString).toList();
		assertEquals(5, messages.size(), messages.toString());
		assertTrue(messages.contains(missing + ": does not exist"), messages.toString());
		assertTrue(messages.contains(unknown + ": has no known format (text, html, jsonl)"), messages.toString());
		assertTrue(messages.contains(bad + ":2: is not valid UTF-8 (byte 0xFF); Sanad imports UTF-8 only (byte 3)"),
				messages.toString());
		assertTrue(messages.contains(empty + ": is empty"), messages.toString());
		assertTrue(messages.contains(twin + ": has the same text as " + good), messages.toString());
	}

	@Test
	void strictImportStoresNothingWhenOneFileIsBad() throws Exception {
		Path good = file("good.txt", "خبر جيد");
		Path bad = file("bad.jsonl", "{\"text\": \"أ\"}\n{broken\n");
		ImportReport report = run(ImportOptions.defaults().withStrict(true), good, bad);
		assertEquals(0, report.imported().size());
		assertEquals(1, report.problems().size());
		assertEquals(2, report.problems().get(0).line());
		assertEquals(0, store.documentCount(project.getId()));
		assertEquals(2, run(ImportOptions.defaults().withStrict(true), good, file("fine.jsonl", "{\"text\": \"أ\"}\n"))
				.imported().size());
	}

	@Test
	void filesOverTheLimitAreRefused() throws Exception {
		Path big = file("big.txt", "ن".repeat(600_000));
		ImportReport report = run(ImportOptions.defaults().withMaxFileBytes(1024 * 1024), big);
		assertEquals("is 1.1 MB, more than the limit of 1.0 MB", report.problems().get(0).message());
		assertEquals(0, store.documentCount(project.getId()));
	}

	@Test
	void cancelingKeepsWhatWasStoredAndSaysSo() throws Exception {
		for (int i = 0; i < 5; i++) {
			file("doc" + i + ".txt", "نص رقم " + i);
		}
		NullProgressMonitor monitor = new NullProgressMonitor() {
			private int done;

			@Override
			public void worked(int work) {
				if (++done == 2) {
					setCanceled(true);
				}
			}
		};
		ImportReport report = importer.run(store, project, List.of(folder), new ImportOptions(false, 1 << 20, 1),
				monitor);
		assertTrue(report.canceled());
		assertEquals(2, report.imported().size());
		assertEquals(2, store.documentCount(project.getId()));
	}
}
