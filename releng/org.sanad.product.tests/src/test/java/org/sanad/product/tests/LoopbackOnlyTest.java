package org.sanad.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A running workbench and a running command listen on the loopback address only (the store is
 * shared with the owner's other processes there, not by H2 on every address), and the data folder's
 * files are for their owner only. Linux only: sockets are read from /proc.
 */
class LoopbackOnlyTest {

	@TempDir
	Path work;

	@Test
	void aWorkbenchAndACommandListenOnlyOnLoopbackAndKeepTheirFilesPrivate() throws Exception {
		Assumptions.assumeTrue(System.getenv("DISPLAY") != null, "needs a display: run through ./test");
		Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "reads sockets from /proc");
		Path data = work.resolve("data");
		CompletableFuture<UiScriptRun> workbench = CompletableFuture.supplyAsync(() -> {
			try {
				return UiScriptRun.run(data, work.resolve("scripts"), "amal", "await explorer.tree", "pause 15000");
			} catch (Exception e) {
				throw new CompletionException(e);
			}
		});
		Path shared = data.resolve("local-access.properties");
		long until = System.currentTimeMillis() + 90_000;
		while (!Files.exists(shared) && System.currentTimeMillis() < until && !workbench.isDone()) {
			Thread.sleep(200);
		}
		assertTrue(Files.exists(shared), "the workbench shares its store");
		long workbenchPid = Long.parseLong(properties(shared).getProperty("pid"));

		Process command = new ProcessBuilder(Product.directory().resolve("sanad").toString(), "--data",
				work.resolve("server").toString(), "serve", "--http", "--port", "0").redirectErrorStream(true)
				.redirectOutput(work.resolve("serve.txt").toFile()).start();
		try {
			Path commandShared = work.resolve("server").resolve("local-access.properties");
			until = System.currentTimeMillis() + 90_000;
			while (!Files.readString(work.resolve("serve.txt")).contains("Stop with") && command.isAlive()
					&& System.currentTimeMillis() < until) {
				Thread.sleep(200);
			}
			assertTrue(Files.exists(commandShared), Files.readString(work.resolve("serve.txt")));

			Map<Long, List<String>> listening = listeningAddresses();
			List<String> ofWorkbench = addressesOf(workbenchPid, listening);
			List<String> ofCommand = addressesOf(command.pid(), listening);
			assertFalse(ofWorkbench.isEmpty(), "the workbench listens for the owner's other processes");
			assertEquals(2, ofCommand.size(), "the command: its API and the owner's access " + ofCommand);
			for (String address : concat(ofWorkbench, ofCommand)) {
				assertTrue(address.equals("127.0.0.1") || address.equals("::1"), "listens on " + address);
			}

			Product.Run throughTheWorkbench = Product.run(data, "projects");
			assertEquals(0, throughTheWorkbench.exitCode(), throughTheWorkbench.err());
			assertTrue(throughTheWorkbench.out().contains("Seeds"), throughTheWorkbench.out());
		} finally {
			command.destroy();
			command.waitFor(30, TimeUnit.SECONDS);
		}
		workbench.get(3, TimeUnit.MINUTES);

		Set<PosixFilePermission> ownerOnly = Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
		try (Stream<Path> files = Files.list(data.resolve("store"))) {
			for (Path file : files.toList()) {
				assertEquals(ownerOnly, Files.getPosixFilePermissions(file), file.toString());
			}
		}
		assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
				PosixFilePermission.OWNER_EXECUTE), Files.getPosixFilePermissions(data.resolve("store")));
		assertFalse(Files.exists(shared), "a workbench that closed withdraws its access file");
	}

	private static List<String> concat(List<String> a, List<String> b) {
		List<String> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	private static Properties properties(Path file) throws IOException {
		Properties values = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			values.load(in);
		}
		return values;
	}

	/** @return the local addresses of the listening sockets a process holds */
	private static List<String> addressesOf(long pid, Map<Long, List<String>> listening) throws IOException {
		List<String> addresses = new ArrayList<>();
		try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
			for (Path fd : fds.toList()) {
				String target;
				try {
					target = Files.readSymbolicLink(fd).toString();
				} catch (IOException e) {
					continue; // closed meanwhile
				}
				if (target.startsWith("socket:[")) {
					long inode = Long.parseLong(target.substring(8, target.length() - 1));
					addresses.addAll(listening.getOrDefault(inode, List.of()));
				}
			}
		}
		return addresses;
	}

	/** @return by socket inode, the local address of every listening TCP socket of the machine */
	private static Map<Long, List<String>> listeningAddresses() throws IOException {
		Map<Long, List<String>> byInode = new HashMap<>();
		for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
			Path file = Path.of(table);
			if (!Files.exists(file)) {
				continue;
			}
			for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
				String[] f = line.trim().split("\\s+");
				if (f[3].equals("0A")) { // LISTEN
					byInode.computeIfAbsent(Long.parseLong(f[9]), k -> new ArrayList<>())
							.add(address(f[1].substring(0, f[1].indexOf(':'))));
				}
			}
		}
		return byInode;
	}

	/** Decodes /proc's hex address (little-endian words); IPv4-mapped IPv6 addresses become IPv4. */
	static String address(String hex) {
		byte[] bytes = new byte[hex.length() / 2];
		for (int word = 0; word < bytes.length / 4; word++) {
			for (int i = 0; i < 4; i++) {
				int at = word * 8 + (3 - i) * 2;
				bytes[word * 4 + i] = (byte) Integer.parseInt(hex.substring(at, at + 2), 16);
			}
		}
		try {
			return java.net.InetAddress.getByAddress(bytes).getHostAddress().replaceFirst("^0:0:0:0:0:0:0:1$", "::1");
		} catch (java.net.UnknownHostException e) {
			throw new IllegalArgumentException(hex, e);
		}
	}
}
