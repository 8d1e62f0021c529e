package org.sanad.store.h2.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.h2.Driver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.sanad.model.Annotation;
import org.sanad.model.SanadPackage;
import org.sanad.store.CorpusStore;

import com.google.gson.Gson;

/**
 * An edit the store acknowledged survives kill -9: a child JVM streams commits, is killed with
 * SIGKILL at a random moment, and every edit it was told was stored must be there on reopening.
 */
@ParameterizedClass
@EnumSource(Database.class)
class CrashDurabilityTest {

	@Parameter
	Database database;

	private static final int ROUNDS = 5;

	@TempDir
	Path data;

	@Test
	void everyAcknowledgedEditSurvivesSigkill() throws Exception {
		database.open(data).close(); // on PostgreSQL: skipped here when there is no server, and the schema made
		Random random = new Random();
		Set<String> acknowledged = new LinkedHashSet<>();
		List<String> report = new ArrayList<>();
		for (int round = 0; round < ROUNDS; round++) {
			int killAfter = 20 + random.nextInt(300);
			Process child = startWriter();
			try (BufferedReader out = new BufferedReader(
					new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				int acks = 0;
				while ((line = out.readLine()) != null) {
					if (line.startsWith("ACK ")) {
						acknowledged.add(line.substring(4));
						if (++acks == killAfter) {
							child.destroyForcibly(); // SIGKILL on Unix
							break;
						}
					}
				}
				child.waitFor();
				int round0 = round;
				int acked = acks;
				assertTrue(acks == killAfter, () -> "round " + round0 + ": the writer stopped after " + acked
						+ " acks: " + errorsOf(child));
			}
			Set<String> stored;
			try (CorpusStore store = database.open(data)) {
				stored = store.annotationSet("crash-doc", "writer").getAnnotations().stream().map(Annotation::getId)
						.collect(Collectors.toSet());
			}
			Set<String> lost = new LinkedHashSet<>(acknowledged);
			lost.removeAll(stored);
			assertTrue(lost.isEmpty(), "round " + round + ": acknowledged but lost after kill -9: " + lost);
			report.add(killAfter + " acks, " + stored.size() + " stored");
		}
		System.out.println("Crash rounds: " + report);
	}

	private static String errorsOf(Process child) {
		try {
			return new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		} catch (java.io.IOException e) {
			return "(no error output: " + e.getMessage() + ")";
		}
	}

	private Process startWriter() throws Exception {
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = new ArrayList<>(List.of(java, "-cp", classPath(), CrashWriter.class.getName(),
				data.toString(), "crash-doc"));
		if (database == Database.POSTGRESQL) {
			command.add(TestServer.schemaFor(data));
		}
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.redirectErrorStream(false);
		return builder.start();
	}

	/** The child's class path: the bundles the store needs, outside OSGi (EMF runs standalone). */
	private static String classPath() {
		List<String> entries = new ArrayList<>();
		for (Class<?> type : List.of(CrashWriter.class, JdbcCorpusStore.class, CorpusStore.class, SanadPackage.class,
				EObject.class, EList.class, org.eclipse.emf.ecore.xmi.XMIResource.class, Driver.class, Gson.class,
				org.sanad.store.postgresql.internal.PostgreSQLStoreProvider.class, org.postgresql.Driver.class,
				com.zaxxer.hikari.HikariDataSource.class, org.slf4j.LoggerFactory.class)) {
			Bundle bundle = FrameworkUtil.getBundle(type);
			entries.addAll(locations(bundle));
		}
		return String.join(File.pathSeparator, new LinkedHashSet<>(entries));
	}

	private static List<String> locations(Bundle bundle) {
		List<String> result = new ArrayList<>();
		result.add(fileOf(bundle.getLocation()));
		for (Bundle fragment : fragmentsOf(bundle)) {
			result.add(fileOf(fragment.getLocation()));
		}
		return result;
	}

	private static List<Bundle> fragmentsOf(Bundle host) {
		List<Bundle> fragments = new ArrayList<>();
		for (Bundle b : host.getBundleContext() != null ? host.getBundleContext().getBundles()
				: FrameworkUtil.getBundle(CrashDurabilityTest.class).getBundleContext().getBundles()) {
			String fragmentHost = b.getHeaders().get("Fragment-Host");
			if (fragmentHost != null && fragmentHost.startsWith(host.getSymbolicName())) {
				fragments.add(b);
			}
		}
		return fragments;
	}

	/** Bundle locations end in a file URL, after prefixes such as {@code reference:}. */
	private static String fileOf(String location) {
		int at = location.indexOf("file:");
		if (at < 0) {
			throw new IllegalStateException("Bundle location without a file: " + location);
		}
		String path = location.substring(at + "file:".length());
		// Relative locations are relative to the framework's install area.
		Path installArea = Path.of(URI.create(System.getProperty("osgi.install.area", "file:./")));
		Path file = path.startsWith("/") ? Path.of(URI.create("file:" + path.replace(" ", "%20")))
				: installArea.resolve(path).normalize();
		// Tycho runs the bundle under test from its project folder (Equinox dev mode).
		Path classes = file.resolve("target/classes");
		return (java.nio.file.Files.isDirectory(classes) ? classes : file).toString();
	}
}
