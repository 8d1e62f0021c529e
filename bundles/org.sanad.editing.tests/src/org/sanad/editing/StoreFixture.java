package org.sanad.editing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.sanad.model.BoilerplateRegion;
import org.sanad.model.Document;
import org.sanad.model.Project;
import org.sanad.model.SanadFactory;
import org.sanad.model.schema.DefaultSchema;
import org.sanad.store.CorpusStore;
import org.sanad.store.StoreException;
import org.sanad.store.h2.internal.H2StoreProvider;

/**
 * A real H2 store in a temporary folder with one Arabic document, and a switch that makes the
 * store's {@code apply} fail the way a lost database connection does.
 */
final class StoreFixture implements AutoCloseable {

	static final String TEXT = "تنبيه: اتصل بنا\nقال المتحدث باسم البنتاغون باتريك رايدر إن 2,500 جندي باقون في العراق."
			+ " وقال مسؤول أمريكي طلب عدم الكشف عن هويته إن القوات ستبقى.";

	final Path folder;
	final CorpusStore real;
	final CorpusStore store;
	final AtomicBoolean failing = new AtomicBoolean();
	/** How many of the next applies are stored, but their answers lost (a server's reply cut off). */
	final AtomicInteger losingAnswers = new AtomicInteger();
	final AtomicInteger applyCalls = new AtomicInteger();
	final Project project;
	final String documentId;

	StoreFixture(Path folder) {
		this.folder = folder;
		this.real = new H2StoreProvider().open(folder);
		this.store = (CorpusStore) Proxy.newProxyInstance(CorpusStore.class.getClassLoader(),
				new Class<?>[] { CorpusStore.class }, (proxy, method, args) -> {
					if (method.getName().equals("apply")) {
						applyCalls.incrementAndGet();
						if (failing.get()) {
							throw new StoreException("Could not save annotations: connection lost (test switch)", null, true);
						}
					}
					Object result;
					try {
						result = method.invoke(real, args);
					} catch (InvocationTargetException e) {
						throw e.getCause();
					}
					if (method.getName().equals("apply") && losingAnswers.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
						throw new StoreException("Could not save annotations: the answer was lost (test switch)", null,
								true);
					}
					return result;
				});
		this.project = real.createProject("Test", null, DefaultSchema.create());
		Document d = SanadFactory.eINSTANCE.createDocument();
		d.setTitle("doc");
		d.setOrigin("doc.txt");
		d.setLanguage("ar");
		d.setText(TEXT);
		BoilerplateRegion nav = SanadFactory.eINSTANCE.createBoilerplateRegion();
		nav.setBegin(0);
		nav.setEnd(TEXT.indexOf('\n'));
		nav.setRule("test");
		d.getBoilerplate().add(nav);
		real.addDocuments(project.getId(), List.of(d));
		this.documentId = d.getId();
	}

	AnnotationSession open(String annotator) {
		return AnnotationSession.open(store, documentId, annotator);
	}

	static int at(String word) {
		return TEXT.indexOf(word);
	}

	@Override
	public void close() {
		real.close();
	}
}
