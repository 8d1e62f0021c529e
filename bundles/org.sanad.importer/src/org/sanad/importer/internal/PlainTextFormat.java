package org.sanad.importer.internal;

import java.nio.file.Path;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.sanad.importer.DocumentFormat;
import org.sanad.importer.ImportProblem;
import org.sanad.importer.SourceFile;
import org.sanad.model.Document;
import org.sanad.model.SanadFactory;

/** A plain UTF-8 text file is one document; its line endings become LF. */
@Component(service = DocumentFormat.class)
public final class PlainTextFormat implements DocumentFormat {

	@Override
	public String name() {
		return "text";
	}

	@Override
	public boolean accepts(Path file) {
		return FileNames.hasExtension(file, ".txt", ".text");
	}

	@Override
	public List<Document> read(SourceFile source, List<ImportProblem> problems) {
		Document document = SanadFactory.eINSTANCE.createDocument();
		document.setText(source.textWithLf());
		document.setOrigin(source.path().toString());
		document.getMetadata().put("format", name());
		document.getMetadata().put("lineEndings", source.lineEndings());
		return List.of(document);
	}
}
