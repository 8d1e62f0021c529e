package org.sanad.importer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanad.model.BoilerplateRegion;

/** Boilerplate marking on the five real seed pages: furniture marked, article text left alone. */
class SeedBoilerplateTest {

	private static final BoilerplateDetector DETECTOR = new BoilerplateDetector(
			List.of("صحيفة يومية تصدر عن مؤسسة المدينة للصحافة والنشر"));

	private static String seed(String prefix) throws Exception {
		Path folder = Path.of(System.getProperty("sanad.seeds"));
		try (var files = Files.list(folder)) {
			Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
			return TextDecoder.decode(file, Files.readAllBytes(file)).textWithLf();
		}
	}

	private static boolean marked(String text, List<BoilerplateRegion> regions, String line) {
		int at = text.indexOf(line);
		assertTrue(at >= 0, "the seed has the line " + line);
		return regions.stream().anyMatch(r -> r.getBegin() <= at && at + line.length() <= r.getEnd());
	}

	private static boolean touched(String text, List<BoilerplateRegion> regions, String line) {
		int at = text.indexOf(line);
		assertTrue(at >= 0, "the seed has the line " + line);
		return regions.stream().anyMatch(r -> r.getBegin() < at + line.length() && at < r.getEnd());
	}

	@Test
	void seed000NavigationCommentFormAndTeasers() throws Exception {
		String text = seed("000");
		List<BoilerplateRegion> regions = DETECTOR.detect(text, "ar", List.of());
		assertTrue(marked(text, regions, "Connect with us"));
		assertTrue(marked(text, regions, "Hi, what are you looking for?"));
		assertTrue(marked(text, regions, "اضف تعليقك"));
		assertTrue(marked(text, regions, "مقالات ذات صلة"));
		assertTrue(marked(text, regions, "بيروت – قال رئيس حكومة تصريف الأعمال"), "teasers after the article");
		assertFalse(touched(text, regions, "ومع تصاعد التوترات مع إيران"), "the headline stays");
		assertFalse(touched(text, regions, "وكان البرلمان العراقي قد أصدر في السابق"), "the last paragraph stays");
		assertEquals(text.stripTrailing().length(), regions.get(regions.size() - 1).getEnd(), "marked to the end");
		assertEquals("ومع تصاعد التوترات مع إيران، تستأنف الولايات المتحدة المحادثات مع العراق بشأن وجود القوات",
				DocumentImporter.firstContentLine(text, regions));
	}

	@Test
	void seed001LatinFurnitureAroundAnArabicArticle() throws Exception {
		String text = seed("001");
		List<BoilerplateRegion> regions = DETECTOR.detect(text, "ar", List.of());
		assertTrue(marked(text, regions, "Skip to main content"));
		assertTrue(marked(text, regions, "AvaToday caption"));
		assertTrue(marked(text, regions, "posted onAugust 10, 2023"));
		assertTrue(marked(text, regions, "nocomment"));
		assertFalse(touched(text, regions, "عين اميركا لا تزال على العراق"));
		assertFalse(touched(text, regions, "لا تزال الساحة العراقية تحظى باهتمام"));
	}

	@Test
	void seed002IsAllArticle() throws Exception {
		String text = seed("002");
		assertEquals(List.of(), DETECTOR.detect(text, "ar", List.of()));
	}

	@Test
	void seed003RelatedArticlesTail() throws Exception {
		String text = seed("003");
		List<BoilerplateRegion> regions = DETECTOR.detect(text, "ar", List.of());
		assertTrue(marked(text, regions, "Connect with us"));
		assertTrue(marked(text, regions, "طرابلس – استأنفت شركة طيران ITA"));
		assertFalse(touched(text, regions, "الولايات المتحدة والعراق يعلنان نهاية التحالف ضد داعش"));
		assertFalse(touched(text, regions, "وضغطت الحكومات العراقية المتعاقبة"));
	}

	@Test
	void seed004LogoTaglineFontButtonsAndAppLinks() throws Exception {
		String text = seed("004");
		List<BoilerplateRegion> regions = DETECTOR.detect(text, "ar", List.of());
		assertTrue(marked(text, regions, "Logo"));
		assertTrue(marked(text, regions, "صحيفة يومية تصدر عن مؤسسة المدينة للصحافة والنشر"));
		assertTrue(marked(text, regions, "A A"));
		assertTrue(marked(text, regions, "App Store Play Store Huawei Store"));
		assertFalse(touched(text, regions, "العراق يطالب أمريكا بحوار استراتيجي"));
		assertFalse(touched(text, regions, "كما أن وجود قوات التحالف الدولي"));
	}
}
