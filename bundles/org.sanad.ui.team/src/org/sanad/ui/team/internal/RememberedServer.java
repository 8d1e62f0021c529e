package org.sanad.ui.team.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The server and account last connected to, in the data folder's {@value #FILE}, so that the
 * dialog offers them again. The password is never written.
 */
record RememberedServer(String url, String user) {

	static final String FILE = "server-connection.properties";

	static RememberedServer load(Path dataDirectory) {
		Properties values = new Properties();
		Path file = dataDirectory.resolve(FILE);
		if (Files.isRegularFile(file)) {
			try (InputStream in = Files.newInputStream(file)) {
				values.load(in);
			} catch (IOException e) {
				// offered empty; nothing is lost
			}
		}
		return new RememberedServer(values.getProperty("url", "https://"), values.getProperty("user",
				System.getProperty("user.name", "")));
	}

	void save(Path dataDirectory) throws IOException {
		Properties values = new Properties();
		values.setProperty("url", url);
		values.setProperty("user", user);
		try (OutputStream out = Files.newOutputStream(dataDirectory.resolve(FILE))) {
			values.store(out, "The Sanad server this workbench last connected to (never the password)");
		}
	}
}
