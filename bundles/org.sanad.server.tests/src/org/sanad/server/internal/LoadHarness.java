package org.sanad.server.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.sanad.model.AnnotationSet;
import org.sanad.model.Document;
import org.sanad.model.EntityMention;
import org.sanad.model.Project;
import org.sanad.model.Role;
import org.sanad.model.SanadFactory;
import org.sanad.model.ids.TimeOrderedIds;
import org.sanad.model.schema.DefaultSchema;
import org.sanad.server.ServerOptions;
import org.sanad.server.TeamServer;
import org.sanad.store.AccessDeniedException;
import org.sanad.store.AnnotationChange;
import org.sanad.store.AuditEntry;
import org.sanad.store.ConflictException;
import org.sanad.store.CorpusStore;
import org.sanad.store.remote.KnownServers;
import org.sanad.store.remote.ServerConnections;

/**
 * A team editing one store at once, for the load test and the server benchmark: annotators each
 * adding entities to their own sets of the same documents, two curator sessions writing the same
 * gold sets (so that conflicts happen and are surfaced), and every annotator now and then trying
 * to read another's set. Afterwards every acknowledged edit is looked for in the store and its
 * audit. Uses the API only, so that it runs in the test bundle and on the benchmark's class path.
 */
public final class LoadHarness {

	/** What one run did and found. */
	public record Result(String where, long edits, double seconds, long p50Micros, long p99Micros, long conflicts,
			long refusedForeignReads, long allowedForeignReads, int lost, int duplicated) {

		public double editsPerSecond() {
			return edits / seconds;
		}

		@Override
		public String toString() {
			return String.format("%s: %d edits in %.1f s = %.0f edits/s, round trip p50 %.2f ms p99 %.2f ms, %d conflicts"
					+ " surfaced, foreign reads refused %d allowed %d, lost %d, duplicated %d", where, edits, seconds,
					editsPerSecond(), p50Micros / 1000.0, p99Micros / 1000.0, conflicts, refusedForeignReads,
					allowedForeignReads, lost, duplicated);
		}
	}

	private static final SanadFactory F = SanadFactory.eINSTANCE;
	private static final String TEXT = "قال المتحدث باسم البنتاغون باتريك رايدر إن القوات باقية في عين الأسد. ";
	private static final int DOCUMENTS = 20;
	private static final String CURATOR = "curator";

	private final CorpusStore local;
	private final Project project;
	private final List<String> documents = new ArrayList<>();
	private final List<String> annotators = new ArrayList<>();

	/** Prepares a store in {@code data} with the team, the documents and the assignments. */
	public LoadHarness(CorpusStore local, int annotatorCount) {
		this.local = local;
		project = local.createProject("load-" + TimeOrderedIds.next(), "", DefaultSchema.create());
		List<Document> batch = new ArrayList<>();
		for (int i = 0; i < DOCUMENTS; i++) {
			Document d = F.createDocument();
			d.setTitle("d" + i);
			d.setText(TEXT.repeat(3) + i);
			batch.add(d);
		}
		local.addDocuments(project.getId(), batch);
		batch.forEach(d -> documents.add(d.getId()));
		for (int i = 0; i < annotatorCount; i++) {
			annotators.add("annotator" + i);
		}
		for (String user : concat(annotators, List.of(CURATOR))) {
			if (local.accounts().find(user).isEmpty()) {
				local.accounts().add(user, null, false);
				local.accounts().setPassword(user, password(user));
			}
			local.setMember(project.getId(), user, user.equals(CURATOR) ? Role.CURATOR : Role.ANNOTATOR, "admin");
			if (!user.equals(CURATOR)) {
				local.assign(project.getId(), documents, user, "admin");
			}
		}
	}

	private static char[] password(String user) {
		return (user + "-load-password").toCharArray();
	}

	/** Runs the team through a real server (HTTPS on loopback) for {@code length}. */
	public Result overServer(Path data, Duration length) throws InterruptedException {
		return throughServer(data, length, "server (HTTPS, loopback)", false);
	}

	/**
	 * One annotator alone through a real server: each edit a durable single-annotation commit, its
	 * round trip not shared with anyone's.
	 */
	public Result oneWriterOverServer(Path data, Duration length) throws InterruptedException {
		return throughServer(data, length, "one annotator alone, server", true);
	}

	private Result throughServer(Path data, Duration length, String where, boolean alone)
			throws InterruptedException {
		try (TeamServer server = TeamServer.start(local, data, ServerOptions.defaults().withHost("127.0.0.1")
				.withPort(0))) {
			KnownServers known = new KnownServers(data.resolve("load-known-servers.properties"));
			Function<String, CorpusStore> client = user -> ServerConnections.connect(server.uri(), user,
					password(user), known, m -> {
					});
			return run(where, client, length, !alone, alone);
		}
	}

	/** Runs the same edits straight on the store, in this process, for comparison. */
	public Result embedded(Duration length) throws InterruptedException {
		return run("in the server's process, no HTTP", user -> local, length, false, false);
	}

	private Result run(String where, Function<String, CorpusStore> client, Duration length, boolean tryForeign,
			boolean alone) throws InterruptedException {
		Map<String, List<String>> acknowledged = new ConcurrentHashMap<>(); // "doc|owner" -> annotation ids
		List<long[]> latencies = new CopyOnWriteArrayList<>();
		AtomicLong conflicts = new AtomicLong();
		AtomicLong refused = new AtomicLong();
		AtomicLong allowed = new AtomicLong();
		List<Throwable> failures = new CopyOnWriteArrayList<>();
		List<Thread> threads = new ArrayList<>();
		long deadline = System.nanoTime() + length.toNanos();
		List<String> writers = new ArrayList<>(annotators);
		if (alone) {
			writers.retainAll(List.of(annotators.get(0)));
		} else {
			writers.add(CURATOR);
			writers.add(CURATOR); // two sessions on the same gold sets: conflicts
		}
		for (int w = 0; w < writers.size(); w++) {
			String user = writers.get(w);
			String owner = user.equals(CURATOR) ? null : user;
			String foreign = annotators.get((w + 1) % annotators.size());
			int offset = w;
			threads.add(Thread.ofPlatform().name("load-" + user + "-" + w).start(() -> {
				try {
					CorpusStore store = client.apply(user);
					long[] times = edit(store, user, owner, offset, deadline, acknowledged, conflicts,
							tryForeign && owner != null && !foreign.equals(user) ? foreign : null, refused, allowed);
					latencies.add(times);
					if (store != local) {
						store.close();
					}
				} catch (Throwable e) {
					failures.add(e);
				}
			}));
		}
		long started = System.nanoTime();
		for (Thread thread : threads) {
			thread.join();
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		if (!failures.isEmpty()) {
			throw new IllegalStateException("a client failed: " + failures.get(0), failures.get(0));
		}
		long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
		int[] check = verify(acknowledged);
		return new Result(where, all.length, seconds, percentile(all, 0.50), percentile(all, 0.99), conflicts.get(),
				refused.get(), allowed.get(), check[0], check[1]);
	}

	/** One writer's loop: an entity per edit, documents in turn; returns each edit's round trip in µs. */
	private long[] edit(CorpusStore store, String user, String owner, int offset, long deadline,
			Map<String, List<String>> acknowledged, AtomicLong conflicts, String foreign, AtomicLong refused,
			AtomicLong allowed) {
		Map<String, Long> revisions = new HashMap<>();
		long[] times = new long[1 << 16];
		int count = 0;
		for (int i = offset; System.nanoTime() < deadline; i++) {
			String document = documents.get(i % documents.size());
			long base = revisions.computeIfAbsent(document, d -> store.annotationSet(d, owner).getRevision());
			EntityMention mention = F.createEntityMention();
			mention.setId(TimeOrderedIds.next());
			mention.setBegin(i % 50);
			mention.setEnd(i % 50 + 5);
			mention.setLabel("PER");
			long start = System.nanoTime();
			try {
				long revision = store.apply(new AnnotationChange(document, owner, user, base, List.of(mention),
						List.of(), List.of(), null));
				if (count == times.length) {
					times = Arrays.copyOf(times, count * 2);
				}
				times[count++] = (System.nanoTime() - start) / 1000;
				revisions.put(document, revision);
				acknowledged.computeIfAbsent(document + "|" + owner, k -> Collections.synchronizedList(new ArrayList<>()))
						.add(mention.getId());
			} catch (ConflictException e) {
				conflicts.incrementAndGet(); // surfaced: read the set again, as Reload does
				revisions.put(document, store.annotationSet(document, owner).getRevision());
			}
			if (foreign != null && i % 50 == 0) {
				try {
					store.annotationSet(document, foreign);
					allowed.incrementAndGet();
				} catch (AccessDeniedException e) {
					refused.incrementAndGet();
				}
			}
		}
		return Arrays.copyOf(times, count);
	}

	/** @return {lost, duplicated}: acknowledged annotations missing from their set, or there or in the audit twice */
	private int[] verify(Map<String, List<String>> acknowledged) {
		int lost = 0;
		int duplicated = 0;
		for (Map.Entry<String, List<String>> entry : acknowledged.entrySet()) {
			String[] key = entry.getKey().split("\\|");
			String owner = key[1].equals("null") ? null : key[1];
			AnnotationSet set = local.annotationSet(key[0], owner);
			Map<String, Integer> inSet = new HashMap<>();
			set.getAnnotations().forEach(a -> inSet.merge(a.getId(), 1, Integer::sum));
			Map<String, Integer> created = new HashMap<>();
			for (AuditEntry audit : local.audit(key[0], owner)) {
				if (audit.action() == AuditEntry.Action.CREATE) {
					created.merge(audit.annotationId(), 1, Integer::sum);
				}
			}
			for (String id : entry.getValue()) {
				int there = inSet.getOrDefault(id, 0);
				int audited = created.getOrDefault(id, 0);
				if (there == 0 || audited == 0) {
					lost++;
				} else if (there > 1 || audited > 1) {
					duplicated++;
				}
			}
		}
		return new int[] { lost, duplicated };
	}

	private static long percentile(long[] sorted, double p) {
		return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
	}

	private static List<String> concat(List<String> a, List<String> b) {
		List<String> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}
}
