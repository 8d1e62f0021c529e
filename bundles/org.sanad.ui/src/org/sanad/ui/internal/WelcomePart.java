package org.sanad.ui.internal;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.sanad.core.DataLocation;
import org.sanad.core.SanadVersion;

import jakarta.annotation.PostConstruct;

/** The page a user meets first: what Sanad is, its version and where it keeps the data. */
public final class WelcomePart {

	private Composite body;

	@PostConstruct
	public void create(Composite parent) {
		var resources = new LocalResourceManager(JFaceResources.getResources(), parent);
		body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(32, 28).spacing(8, 10).applyTo(body);

		Label title = line(body, "Sanad", SWT.LEFT_TO_RIGHT);
		title.setFont(resources.create(FontDescriptor.createFrom(title.getFont()).setHeight(26).setStyle(SWT.BOLD)));
		Label arabic = line(body, "سَنَد — منصّة لتوسيم الأخبار: الكيانات والمواقف وموثوقية المصادر", SWT.RIGHT_TO_LEFT);
		arabic.setFont(resources.create(FontDescriptor.createFrom(arabic.getFont()).setHeight(15)));
		line(body, "A workbench for annotating news with entities, stance and source reliability,"
				+ " agreeing on it, and exporting a gold standard.", SWT.LEFT_TO_RIGHT);
		line(body, "Version " + SanadVersion.full(), SWT.LEFT_TO_RIGHT);
		line(body, "Data folder: " + DataLocation.current(), SWT.LEFT_TO_RIGHT);
	}

	private static Label line(Composite parent, String text, int orientation) {
		Label label = new Label(parent, SWT.WRAP | orientation);
		label.setText(text);
		GridDataFactory.fillDefaults().grab(true, false).hint(720, SWT.DEFAULT).applyTo(label);
		return label;
	}

	@Focus
	public void focus() {
		body.setFocus();
	}
}
