package org.sanad.ui.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.event.Event;

import jakarta.inject.Inject;

/**
 * Test support, contributed to the workbench by this bundle's model fragment; the product leaves
 * the bundle out, and tests and benchmarks add it to the product they start (see
 * {@code TestSupport} in the product tests, {@code releng/benchmarks/test-support.sh}).
 *
 * <p>A self-check of the started workbench, off unless the JVM runs with
 * {@code -Dsanad.selfcheck=DIR}: once the first window is up, it writes what was rendered to
 * {@code DIR/selfcheck.properties}, a screenshot to {@code DIR/workbench.png}, and quits. The
 * product smoke test and the start-up benchmark use it on the real product.
 */
public final class SelfCheckAddon {

	/** System property naming the folder for the report; the add-on is idle without it. */
	public static final String PROPERTY = "sanad.selfcheck";

	/** System property naming a {@link UiScript} to run once the window is up, then quit. */
	public static final String SCRIPT_PROPERTY = "sanad.script";

	/** Time for the first paint to settle before the screenshot. */
	private static final int SETTLE_MILLIS = 1500;

	@Inject
	@Optional
	void startupComplete(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event, MApplication application,
			EModelService models, IWorkbench workbench, ECommandService commands, EHandlerService handlers) {
		String script = System.getProperty(SCRIPT_PROPERTY);
		if (script != null && !script.isBlank()) {
			KeyTimer.install(Display.getCurrent());
			runScript(Path.of(script), application, workbench,
					id -> handlers.executeHandler(commands.createCommand(id, null)));
			return;
		}
		String folder = System.getProperty(PROPERTY);
		if (folder == null || folder.isBlank()) {
			return;
		}
		long startedAt = System.currentTimeMillis();
		long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
		Display display = Display.getCurrent();
		display.timerExec(SETTLE_MILLIS, () -> {
			try {
				record(Path.of(folder), application, models, startedAt, uptime);
			} finally {
				workbench.close();
			}
		});
	}

	private static void runScript(Path script, MApplication application, IWorkbench workbench,
			java.util.function.Consumer<String> command) {
		MWindow window = application.getSelectedElement();
		if (window == null || !(window.getWidget() instanceof Shell shell)) {
			workbench.close();
			return;
		}
		try {
			new UiScript(shell, script, workbench::close, command).start();
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot read the UI script " + script, e);
		}
	}

	private static void record(Path folder, MApplication application, EModelService models, long startedAt,
			long uptime) {
		try {
			Files.createDirectories(folder);
			Properties report = new Properties();
			report.setProperty("startup.epochMillis", Long.toString(startedAt));
			report.setProperty("startup.jvmUptimeMillis", Long.toString(uptime));
			MWindow window = application.getSelectedElement();
			if (window != null && window.getWidget() instanceof Shell shell) {
				report.setProperty("window.id", window.getElementId());
				report.setProperty("window.title", shell.getText());
				report.setProperty("window.visible", Boolean.toString(shell.isVisible()));
				Rectangle b = shell.getBounds();
				report.setProperty("window.size", b.width + "x" + b.height);
				screenshot(shell, folder.resolve("workbench.png"));
			}
			report.setProperty("parts.shown", shownParts(application, models));
			try (OutputStream out = Files.newOutputStream(folder.resolve("selfcheck.properties"))) {
				report.store(out, "Sanad workbench self-check");
			}
		} catch (IOException e) {
			throw new UncheckedIOException("Self-check could not write to " + folder, e);
		}
	}

	private static String shownParts(MApplication application, EModelService models) {
		List<MPart> parts = models.findElements(application, null, MPart.class);
		return parts.stream()
				.filter(p -> p.getWidget() instanceof Control c && !c.isDisposed() && c.isVisible())
				.map(MPart::getElementId).sorted().collect(Collectors.joining(","));
	}

	static void screenshot(Shell shell, Path file) {
		shell.update();
		Rectangle bounds = shell.getBounds();
		Image image = new Image(shell.getDisplay(), bounds.width, bounds.height);
		GC gc = new GC(shell.getDisplay());
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
