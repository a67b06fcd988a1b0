package nl.nvp.goedegesprek.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Dutch texts that participants read are plain (B1; simpler and with "je" for
 * children), checked as far as a machine can (decision 38). Participants are everyone
 * without an account who registers, confirms, changes, evaluates, votes, answers the
 * survey, deletes their own data or gives consent for a child; mails to them come from
 * the same bundles (the templates in {@code templates/mail} hold only message keys and
 * data).
 *
 * <p>
 * The texts checked are chosen by {@link #PARTICIPANT_TEXTS} (bundle and key prefix). A
 * prefix that matches no key fails the test, so a renamed key cannot leave a page
 * unchecked. Each text belongs to one group: child texts (a key ending in {@code .child}
 * whose key without it exists: the variant {@code shared.ChildWording} chooses; and the
 * keys in {@link #CHILD_ONLY}, which only a child sees), adult mails ({@code mail.} in
 * the meeting bundle) and adult pages.
 *
 * <p>
 * Checks, with placeholders ({0}) and HTML tags taken out first: no word from
 * {@link #HARD_WORDS} (and, for children, {@link #HARD_WORDS_FOR_CHILDREN}); no sentence
 * over {@value #MAX_SENTENCE_WORDS} words; the Flesch-Douma reading ease of each group at
 * least {@value #MIN_READING_EASE}; children are never called "u", adults never "je".
 */
class PlainLanguageTest {

	static final int MAX_SENTENCE_WORDS = 20;

	static final double MIN_READING_EASE = 60;

	/**
	 * Texts shorter than this (labels, buttons, statuses) count for the word list, the
	 * sentence length and the form of address, but not for the reading ease: a formula
	 * for running text says nothing about "Naam" or "Opslaan".
	 */
	static final int MIN_WORDS_FOR_READING_EASE = 5;

	enum Group {

		ADULT_PAGES, ADULT_MAILS, CHILD

	}

	/** Bundle and key prefix of every participant-facing text. Not coordinator pages. */
	static final List<Selection> PARTICIPANT_TEXTS = List.of(
			// the public registration page, its form, "check your mail", closed and ended
			// links
			new Selection("meeting", "public."), new Selection("meeting", "RegistrationForm."),
			new Selection("meeting", "AssertTrue.form.consent"), new Selection("meeting", "registration."),
			new Selection("meeting", "closed."), new Selection("meeting", "linkEnded."),
			// the labels of the choices on it and on the personal page
			new Selection("meeting", "ParticipantRole."), new Selection("meeting", "ChildRole."),
			new Selection("meeting", "AgeGroup."), new Selection("meeting", "GuardianCapacity."),
			new Selection("meeting", "RegistrationStatus."),
			// the personal page and the change form
			new Selection("meeting", "personal."), new Selection("meeting", "change."),
			// the evaluation (not evaluation.results/ask: coordinators)
			new Selection("meeting", "evaluation.title"), new Selection("meeting", "evaluation.intro"),
			new Selection("meeting", "evaluation.score"), new Selection("meeting", "evaluation.learned"),
			new Selection("meeting", "evaluation.quote"), new Selection("meeting", "evaluation.send"),
			new Selection("meeting", "evaluation.saved"), new Selection("meeting", "EvaluationForm."),
			// deleting one's own data through the personal link
			new Selection("meeting", "ownData."),
			// the guardian's consent page (decision 35)
			new Selection("meeting", "consent."), new Selection("meeting", "ConsentAnswer."),
			// the guardian's consent page and mail for a child's project sign-up
			// (decision 50)
			new Selection("projectsignup", "projectConsent."), new Selection("projectsignup", "mail.projectConsent."),
			// every participant mail, the guardian's included
			new Selection("meeting", "mail."),
			// the priority ballot (dialogue meeting 2)
			new Selection("harvest", "priority.ballot."),
			// the survey: answering, the printed invitation, a replaced link
			new Selection("research", "answer."), new Selection("research", "invitation."),
			new Selection("research", "surveyLinkEnded."),
			// what a person gets when they ask for their data (the PDF and its labels)
			new Selection("privacy", "dataRequest.pdf."), new Selection("privacy", "personalData."),
			new Selection("meeting", "personalData."), new Selection("harvest", "personalData."),
			// the privacy statement, error pages and the form error summary, which
			// participants see too
			new Selection("messages", "privacy."), new Selection("messages", "error."),
			new Selection("messages", "form.errors."), new Selection("messages", "NotBlank"),
			new Selection("messages", "NotNull"), new Selection("messages", "Email"),
			new Selection("messages", "SingleLine"), new Selection("messages", "PlainText"),
			// "Doe mee": the public page, the request form, its choices and its mails
			new Selection("joining", "join."), new Selection("joining", "JoinForm."),
			new Selection("joining", "joinRequest.tooMany"), new Selection("joining", "RequesterRole."),
			new Selection("joining", "Interest."), new Selection("joining", "mail."),
			new Selection("joining", "personalData."));

	/** Coordinator texts under a participant prefix. */
	static final List<String> NOT_PARTICIPANT = List.of("answer.preview", "answer.loggedIn");

	/** Texts only a child sees, though their keys do not end in {@code .child}. */
	static final List<String> CHILD_ONLY = List.of("public.who.CHILD", "public.who.other.child", "ChildRole.",
			"public.ageGroup", "public.guardian", "RegistrationForm.ageGroup.", "RegistrationForm.guardian",
			"registration.status.message.AWAITING_CONSENT", "personal.awaitingConsent", "ownData.child",
			"ownData.done.child", "mail.subject.CONSENT_", "mail.consent", "answer.child.", "invitation.child.",
			"surveyLinkEnded.child.", "AgeGroup.UNDER_12", "AgeGroup.FROM_12_TO_16");

	/** Officialese and hard words, with the plain words to use instead. */
	static final Map<String, String> HARD_WORDS = orderedMap("gezag", "ouder die over het kind beslist",
			"gecertificeerde instelling", "jeugdbescherming", "toelichting(en)?", "wat u nog wilt vertellen",
			"ringleiding", "hulp om goed te horen", "middels", "met, via", "ten behoeve van", "voor", "indien", "als",
			"reeds", "al", "alsmede", "en", "dien(t|en)", "moet", "verstrek(ken|t)", "geven", "inzake", "over",
			"conform", "volgens", "teneinde", "om te", "omtrent", "over", "derhalve", "daarom", "desgewenst",
			"als u wilt", "alvorens", "voordat", "woonachtig", "wonend", "doch", "maar", "echter", "maar", "evenwel",
			"toch", "ingevolge", "volgens", "mits", "als", "nadien", "daarna", "tevens", "ook", "dan wel", "of",
			"zulks", "dat", "thans", "nu", "uiterlijk", "op zijn laatst", "geacht", "u moet", "anonimiseren",
			"zonder naam maken", "indienen", "sturen", "afhandelen", "regelen", "handelt", "regelt", "aanvang", "begin",
			"ter beschikking", "geven", "geëffectueerd", "gedaan", "inzien", "bekijken", "onverwijld", "meteen",
			"bijgevolg", "daardoor", "terzake", "over", "verzoeke", "graag");

	/**
	 * Words that are fine for an adult at B1, not for a child of 12. "Voogd" is not here:
	 * a foster child knows the word as the name of a person in their own life (decision
	 * 38).
	 */
	static final Map<String, String> HARD_WORDS_FOR_CHILDREN = orderedMap("annuler(en|d)", "stoppen", "geannuleerd",
			"gestopt", "bevestig(en|d|t)?", "klaarmaken, laten weten", "evaluatie", "wat je ervan vond", "anoniem",
			"niemand weet dat jij het bent", "gezag", "ouder die over je beslist", "intrekken|ingetrokken",
			"toch niet goed vinden", "vervall?(en|t)", "gaat niet door");

	/**
	 * Where a rule cannot hold, with the reason: the key, what is allowed there (a
	 * pattern of {@link #HARD_WORDS}, {@code "long sentence"}, or a form of address such
	 * as {@code "u"} or {@code "je"}) and why. Empty: every text that failed could be
	 * fixed.
	 */
	static final List<Allowed> ALLOWED = List.of();

	static Map<String, Text> texts;

	@BeforeAll
	static void load() throws IOException {
		Map<String, Map<String, String>> bundles = new LinkedHashMap<>();
		for (Selection selection : PARTICIPANT_TEXTS) {
			if (!bundles.containsKey(selection.bundle())) {
				bundles.put(selection.bundle(), read("i18n/" + selection.bundle() + "_nl.properties"));
			}
		}
		texts = new TreeMap<>();
		for (Selection selection : PARTICIPANT_TEXTS) {
			Map<String, String> bundle = bundles.get(selection.bundle());
			for (var entry : bundle.entrySet()) {
				String key = entry.getKey();
				if (key.startsWith(selection.prefix()) && NOT_PARTICIPANT.stream().noneMatch(key::startsWith)) {
					texts.put(selection.bundle() + ":" + key, new Text(selection.bundle(), key,
							group(bundle, selection.bundle(), key), plain(entry.getValue())));
				}
			}
		}
	}

	@Test
	void everySelectedPrefixFindsTexts() {
		List<Selection> empty = new ArrayList<>();
		for (Selection selection : PARTICIPANT_TEXTS) {
			if (texts.values()
				.stream()
				.noneMatch((t) -> t.bundle().equals(selection.bundle()) && t.key().startsWith(selection.prefix()))) {
				empty.add(selection);
			}
		}
		assertThat(empty).as("prefixes that select no text: a renamed key would go unchecked").isEmpty();
		for (String prefix : CHILD_ONLY) {
			assertThat(texts.values()).as("child-only prefix %s", prefix).anyMatch((t) -> t.key().startsWith(prefix));
		}
		for (Group group : Group.values()) {
			assertThat(texts.values()).as("texts in group %s", group).anyMatch((t) -> t.group() == group);
		}
	}

	@Test
	void noHardWordsOrOfficialese() {
		List<String> found = new ArrayList<>();
		for (Text text : texts.values()) {
			found.addAll(hardWords(text, HARD_WORDS));
			if (text.group() == Group.CHILD) {
				found.addAll(hardWords(text, HARD_WORDS_FOR_CHILDREN));
			}
		}
		assertThat(found).as("hard words in participants' texts (use the plain word)").isEmpty();
	}

	@Test
	void noSentenceLongerThanTwentyWords() {
		List<String> found = new ArrayList<>();
		for (Text text : texts.values()) {
			for (String sentence : sentences(text.text())) {
				int words = words(sentence).size();
				if (words > MAX_SENTENCE_WORDS && !allowed(text, "long sentence")) {
					found.add(text.id() + " (" + words + " words): " + sentence);
				}
			}
		}
		assertThat(found).as("sentences over %d words", MAX_SENTENCE_WORDS).isEmpty();
	}

	@Test
	void readingEaseOfEachGroupIsAtLeastSixty() {
		Map<Group, double[]> counts = new EnumMap<>(Group.class);
		for (Text text : texts.values()) {
			List<String> words = words(text.text());
			if (words.size() < MIN_WORDS_FOR_READING_EASE) {
				continue;
			}
			double[] c = counts.computeIfAbsent(text.group(), (g) -> new double[4]);
			c[0] += words.size();
			c[1] += sentences(text.text()).size();
			c[2] += words.stream().mapToInt(PlainLanguageTest::syllables).sum();
			c[3]++;
		}
		Map<Group, Double> scores = new EnumMap<>(Group.class);
		for (var entry : counts.entrySet()) {
			double[] c = entry.getValue();
			double ease = readingEase(c[0], c[1], c[2]);
			scores.put(entry.getKey(), ease);
			System.out.printf(Locale.ROOT,
					"Flesch-Douma %-11s %5.1f  (%d texts, %d words, %d sentences, %.1f words/sentence, %.2f syllables/word)%n",
					entry.getKey(), ease, (int) c[3], (int) c[0], (int) c[1], c[0] / c[1], c[2] / c[0]);
		}
		assertThat(scores).hasSize(Group.values().length);
		assertThat(scores).allSatisfy((group, ease) -> assertThat(ease).as("reading ease of %s", group)
			.isGreaterThanOrEqualTo(MIN_READING_EASE));
	}

	@Test
	void childrenAreCalledJeAndAdultsU() {
		Pattern formal = Pattern.compile("(?iu)(?<![\\p{L}-])(u|uw)(?![\\p{L}-])");
		Pattern informal = Pattern.compile("(?iu)(?<![\\p{L}-])(je|jij|jou|jouw)(?![\\p{L}-])");
		List<String> found = new ArrayList<>();
		for (Text text : texts.values()) {
			Pattern wrong = (text.group() == Group.CHILD) ? formal : informal;
			Matcher matcher = wrong.matcher(text.text());
			while (matcher.find()) {
				if (!allowed(text, matcher.group(1).toLowerCase(Locale.ROOT))) {
					found.add(text.id() + " says \"" + matcher.group(1) + "\": " + text.text());
				}
			}
		}
		assertThat(found).as("children addressed with u/uw, adults with je/jij/jouw").isEmpty();
	}

	@Test
	void theCheckerCountsDutchSyllablesAndSentences() {
		assertThat(syllables("pleegzorgbegeleider")).isEqualTo(6);
		assertThat(syllables("ideeën")).isEqualTo(3);
		assertThat(syllables("coördinator")).isEqualTo(5);
		assertThat(syllables("bijeenkomst")).isEqualTo(3);
		assertThat(syllables("12")).isEqualTo(1);
		assertThat(sentences("Fijn dat u komt! Er is een plek voor u. Tot dan?")).hasSize(3);
		assertThat(plain("<strong>Hallo {0},</strong> u heeft {1,choice,0#geen|1#een} plek"))
			.isEqualTo("Hallo , u heeft plek");
		assertThat(readingEase(100, 10, 150)).isCloseTo(206.835 - 9.3 - 115.5,
				org.assertj.core.data.Offset.offset(0.001));
	}

	// ---- selection

	private static Group group(Map<String, String> bundle, String bundleName, String key) {
		boolean childVariant = key.endsWith(".child")
				&& bundle.containsKey(key.substring(0, key.length() - ".child".length()));
		if (childVariant || CHILD_ONLY.stream().anyMatch(key::startsWith)) {
			return Group.CHILD;
		}
		return (bundleName.equals("meeting") && key.startsWith("mail.")) ? Group.ADULT_MAILS : Group.ADULT_PAGES;
	}

	private static boolean allowed(Text text, String what) {
		return ALLOWED.stream().anyMatch((a) -> a.key().equals(text.key()) && a.what().equals(what));
	}

	// ---- measuring

	/**
	 * The text as a reader sees it: no placeholders, no HTML tags, MessageFormat's quotes
	 * undone.
	 */
	static String plain(String text) {
		String result = text;
		String previous;
		do {
			previous = result;
			result = result.replaceAll("\\{[^{}]*\\}", "");
		}
		while (!result.equals(previous));
		return result.replaceAll("<[^>]+>", "").replace("''", "'").replaceAll("[ \\t]+", " ").strip();
	}

	static List<String> sentences(String text) {
		List<String> sentences = new ArrayList<>();
		for (String part : text.split("(?<=[.!?])\\s+|\\n+")) {
			if (!words(part).isEmpty()) {
				sentences.add(part.strip());
			}
		}
		return sentences;
	}

	static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		Matcher matcher = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*").matcher(text);
		while (matcher.find()) {
			words.add(matcher.group());
		}
		return words;
	}

	/**
	 * Dutch syllables by vowel groups: every run of vowels (a, e, i, o, u, y and their
	 * accents) is one syllable, and a vowel with a diaeresis (ë, ï, ö, ü) starts a new
	 * one ("ide-eën"). At least one per word, so numbers count once.
	 */
	static int syllables(String word) {
		String w = word.toLowerCase(Locale.ROOT);
		int count = 0;
		boolean inVowels = false;
		for (char ch : w.toCharArray()) {
			boolean diaeresis = "ëïöüä".indexOf(ch) >= 0;
			boolean vowel = diaeresis || "aeiouyéèáàóòúêâô".indexOf(ch) >= 0;
			if (vowel && (!inVowels || diaeresis)) {
				count++;
			}
			inVowels = vowel;
		}
		return Math.max(1, count);
	}

	static double readingEase(double words, double sentences, double syllables) {
		return 206.835 - 0.93 * (words / sentences) - 77 * (syllables / words);
	}

	private static List<String> hardWords(Text text, Map<String, String> list) {
		List<String> found = new ArrayList<>();
		for (var entry : list.entrySet()) {
			Matcher matcher = Pattern.compile("(?iu)(?<![\\p{L}-])(" + entry.getKey() + ")(?![\\p{L}])")
				.matcher(text.text());
			if (matcher.find() && !allowed(text, entry.getKey())) {
				found.add(text.id() + ": \"" + matcher.group(1) + "\" (plain: " + entry.getValue() + ")");
			}
		}
		return found;
	}

	private static Map<String, String> read(String path) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		Map<String, String> result = new TreeMap<>();
		properties.stringPropertyNames().forEach((key) -> result.put(key, properties.getProperty(key)));
		return result;
	}

	private static Map<String, String> orderedMap(String... pairs) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put(pairs[i], pairs[i + 1]);
		}
		return map;
	}

	record Selection(String bundle, String prefix) {
	}

	record Text(String bundle, String key, Group group, String text) {

		String id() {
			return this.bundle + ":" + this.key + " [" + this.group + "]";
		}

	}

	record Allowed(String key, String what, String reason) {
	}

}
