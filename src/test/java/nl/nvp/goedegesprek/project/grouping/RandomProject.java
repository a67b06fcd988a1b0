package nl.nvp.goedegesprek.project.grouping;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A project's dialogues and sign-ups drawn at random from a seed, shaped like the
 * "Samenwerken binnen pleegzorg" project: dialogues spread over months, online and in
 * person in a handful of regions, more foster parents than parents, workers from a few
 * organisations, some cases shared between a family and a worker, and availability given
 * as dates or as parts of the week.
 */
record RandomProject(List<String> roles, List<DialogueSlot> dialogues, List<Candidate> candidates) {

	static final List<String> ROLES = List.of("FOSTER_PARENT", "PARENT", "FOSTER_CARE_WORKER",
			"CHILD_PROTECTION_WORKER");

	private static final double[] ROLE_SHARES = { 0.38, 0.17, 0.25, 0.17 };

	static RandomProject of(long seed, int candidateCount, int dialogueCount, int regionCount, int seatsPerRole) {
		Random random = new Random(seed);
		LocalDate start = LocalDate.of(2027, 9, 6);
		List<DialogueSlot> dialogues = new ArrayList<>();
		for (int j = 0; j < dialogueCount; j++) {
			LocalDate date = start.plusDays(random.nextInt(Math.max(7, dialogueCount * 4)));
			if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
				date = date.plusDays(1);
			}
			Slot when = new Slot(date, PartOfDay.values()[random.nextInt(3)]);
			boolean online = random.nextDouble() < 0.4;
			dialogues.add(new DialogueSlot(1000 + j, when, online ? Mode.ONLINE : Mode.IN_PERSON,
					online ? null : region(random.nextInt(regionCount)), seatsPerRole));
		}
		int caseCount = Math.max(1, candidateCount / 10);
		int organisationCount = Math.max(1, candidateCount / 30);
		List<Candidate> candidates = new ArrayList<>();
		for (int i = 0; i < candidateCount; i++) {
			String role = role(random);
			Set<Slot> dates = new HashSet<>();
			Set<WeeklySlot> weekly = new HashSet<>();
			if (random.nextBoolean()) {
				int wanted = 2 + random.nextInt(7);
				for (int k = 0; k < wanted; k++) {
					// Mostly dates of planned dialogues, sometimes a date nobody planned.
					dates.add(random.nextDouble() < 0.8 ? dialogues.get(random.nextInt(dialogueCount)).when()
							: new Slot(start.plusDays(random.nextInt(200)), PartOfDay.values()[random.nextInt(3)]));
				}
			}
			else {
				int wanted = 1 + random.nextInt(4);
				for (int k = 0; k < wanted; k++) {
					weekly.add(
							new WeeklySlot(DayOfWeek.of(1 + random.nextInt(6)), PartOfDay.values()[random.nextInt(3)]));
				}
			}
			double modeDraw = random.nextDouble();
			Mode mode = (modeDraw < 0.35) ? Mode.ONLINE : (modeDraw < 0.65) ? Mode.IN_PERSON : Mode.EITHER;
			Set<String> keys = new HashSet<>();
			if (role.endsWith("WORKER") && random.nextDouble() < 0.7) {
				keys.add("org-" + random.nextInt(organisationCount));
			}
			if (random.nextDouble() < 0.3) {
				keys.add("case-" + random.nextInt(caseCount));
			}
			String region = (random.nextDouble() < 0.95) ? region(random.nextInt(regionCount)) : null;
			candidates.add(new Candidate(1 + i * 3L, (random.nextDouble() < 0.03) ? "RESEARCHER" : role,
					new Availability(dates, weekly), mode, region, keys));
		}
		return new RandomProject(ROLES, dialogues, candidates);
	}

	private static String role(Random random) {
		double draw = random.nextDouble();
		for (int r = 0; r < ROLES.size(); r++) {
			draw -= ROLE_SHARES[r];
			if (draw < 0) {
				return ROLES.get(r);
			}
		}
		return ROLES.get(0);
	}

	private static String region(int index) {
		return "GR" + (10 + index);
	}

}
