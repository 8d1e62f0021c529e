package org.sanad.importer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanad.importer.ImportOptions;
import org.sanad.importer.ImportProblem;
import org.sanad.importer.ImportReport;
import org.sanad.model.Project;
import org.sanad.model.schema.DefaultSchema;
import org.sanad.store.CorpusStore;
import org.sanad.store.h2.internal.H2StoreProvider;

/** Folders made to trick an import: links out of the folder, files that are not documents. */
class HostileFolderTest {

	@TempDir
	Path data;
	@TempDir
	Path outside;
	@TempDir
	Path folder;

	private CorpusStore store;
	private Project project;
	private final DocumentImporter importer = new DocumentImporter(
			List.of(new PlainTextFormat(), new HtmlFormat(), new JsonlFormat()));

	@BeforeEach
	void open() {
		store = new H2StoreProvider().open(data);
		project = store.createProject("P", null, DefaultSchema.create());
	}

	@AfterEach
	void close() {
		store.close();
	}

	private ImportReport run(Path... inputs) {
		return importer.run(store, project, List.of(inputs), ImportOptions.defaults(), new NullProgressMonitor());
	}

	private static Path write(Path file, String text) throws Exception {
		Files.createDirectories(file.getParent());
		return Files.writeString(file, text, StandardCharsets.UTF_8);
	}

	@Test
	void aLinkOutOfTheFolderIsRefusedAndOneInsideIsFollowed() throws Exception {
		Path secret = write(outside.resolve("passwd.txt"), "root:x:0:0:root:/root:/bin/bash\n");
		write(folder.resolve("news.txt"), "قال المتحدث إن القوات باقية.\n");
		Path kept = write(folder.resolve("store/kept.dat"), "خبر ثان عن بغداد.\n");
		Files.createSymbolicLink(folder.resolve("secret.txt"), secret);
		Files.createSymbolicLink(folder.resolve("second.txt"), kept);
		Files.createSymbolicLink(folder.resolve("gone.txt"), folder.resolve("nothing-here.txt"));

		ImportReport report = run(folder);

		assertEquals(2, report.imported().size(), report.problems().toString());
		assertTrue(store.documents(project.getId(), 0, 10).stream()
				.noneMatch(d -> store.document(d.getId()).orElseThrow().getText().contains("root:x")));
		ImportProblem refused = report.problems().stream().filter(p -> p.file().endsWith("secret.txt")).findFirst()
				.orElseThrow();
		assertTrue(refused.message().contains("outside the folder being imported"), refused.toString());
		assertTrue(report.problems().stream().anyMatch(p -> p.file().endsWith("gone.txt")
				&& p.message().contains("link to nothing")), report.problems().toString());
	}

	@Test
	void aLinkNamedOnTheCommandLineIsImported() throws Exception {
		Path elsewhere = write(outside.resolve("elsewhere.txt"), "نص في مكان آخر.\n");
		Path link = Files.createSymbolicLink(folder.resolve("link.txt"), elsewhere);
		assertEquals(1, run(link).imported().size());
	}

	@Test
	void filesThatAreNotDocumentsAreListedAsSkippedWithTheReason() throws Exception {
		write(folder.resolve("news.txt"), "خبر.\n");
		write(folder.resolve("feed.xml"), "<rss/>\n");
		Files.write(folder.resolve("archive.gz"), new byte[] { 0x1f, (byte) 0x8b, 8, 0 });
		write(folder.resolve(".DS_Store"), "x");
		write(folder.resolve(".git/notes.txt"), "not a document\n");

		ImportReport report = run(folder);

		assertTrue(report.complete(), report.problems().toString());
		assertEquals(1, report.imported().size());
		List<String> skipped = report.skipped().stream().map(ImportProblem::toString).toList();
		assertEquals(4, skipped.size(), skipped.toString());
		assertTrue(skipped.stream().anyMatch(s -> s.contains("feed.xml: skipped: no known format (")), skipped.toString());
		assertTrue(skipped.stream().anyMatch(s -> s.contains("archive.gz: skipped: no known format")));
		assertTrue(skipped.stream().anyMatch(s -> s.endsWith(".DS_Store: skipped: hidden")));
		assertTrue(skipped.stream().anyMatch(s -> s.endsWith(".git: skipped: a hidden folder")), skipped.toString());
	}

	@Test
	void aDoctypeWithAnInternalSubsetLeavesNoDebrisInTheText() throws Exception {
		Path page = write(folder.resolve("page.html"), "<!DOCTYPE html [\n  <!ENTITY who \"x\">\n  <!ELEMENT p ANY>\n]>\n"
				+ "<html lang=\"ar\"><head><title>عنوان الخبر</title></head><body><p>نص الخبر.</p></body></html>\n");
		ImportReport report = run(page);
		assertEquals(1, report.imported().size(), report.problems().toString());
		var document = store.document(report.imported().get(0).getId()).orElseThrow();
		assertEquals("عنوان الخبر", document.getTitle());
		assertTrue(!document.getText().contains("]>") && !document.getText().contains("ENTITY"), document.getText());
		assertTrue(document.getText().contains("نص الخبر."), document.getText());
	}
}
