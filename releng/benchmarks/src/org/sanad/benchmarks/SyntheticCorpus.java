package org.sanad.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * A deterministic synthetic Arabic corpus: documents of about 5 KB recombined from the seeds'
 * sentences. The same N and seed always give the same files.
 */
public final class SyntheticCorpus {

	private static final int TARGET_BYTES = 5 * 1024;

	private final List<String> sentences;

	public SyntheticCorpus(Path seeds) throws IOException {
		this.sentences = sentencesOf(seeds);
		if (sentences.size() < 20) {
			throw new IllegalStateException("Too few sentences in " + seeds);
		}
	}

	/** Writes documents 1..n into {@code folder} unless they are there already. */
	public void write(Path folder, int n) throws IOException {
		Files.createDirectories(folder);
		Random random = new Random(20261122L);
		for (int i = 1; i <= n; i++) {
			String text = document(i, random);
			Path file = folder.resolve(String.format("doc-%06d.txt", i));
			if (!Files.exists(file)) {
				Files.writeString(file, text, StandardCharsets.UTF_8);
			}
		}
	}

	private String document(int number, Random random) {
		return text("تقرير رقم " + number, TARGET_BYTES, random);
	}

	/** @return a title line and recombined seed sentences, about {@code targetBytes} in UTF-8 */
	public String text(String title, int targetBytes, Random random) {
		StringBuilder text = new StringBuilder(title + "\n\n");
		int bytes = text.toString().getBytes(StandardCharsets.UTF_8).length;
		while (bytes < targetBytes) {
			String sentence = sentences.get(random.nextInt(sentences.size()));
			text.append(sentence).append(random.nextInt(4) == 0 ? "\n\n" : " ");
			bytes += sentence.getBytes(StandardCharsets.UTF_8).length + 1;
		}
		return text.toString().strip() + "\n";
	}

	private static List<String> sentencesOf(Path seeds) throws IOException {
		List<String> result = new ArrayList<>();
		try (Stream<Path> files = Files.list(seeds)) {
			for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
				for (String part : Files.readString(file).split("(?<=[.!؟])\\s+|\\n+")) {
					String sentence = part.strip();
					if (sentence.length() > 40 && sentence.codePoints().anyMatch(c -> c >= 0x0600 && c <= 0x06FF)) {
						result.add(sentence);
					}
				}
			}
		}
		return result;
	}
}
