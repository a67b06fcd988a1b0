package nl.nvp.goedegesprek.project.dialogue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import nl.nvp.goedegesprek.meeting.MeetingPlanning;
import nl.nvp.goedegesprek.meeting.MeetingRef;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.shared.SecretToken;
import nl.nvp.goedegesprek.trajectory.DemoBasis;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the facilitators of the demo project's dialogues held so far recorded (issue 17):
 * per dialogue a facilitator's link, made the day before and ended three days after it
 * (only the most recent one still works, and nobody knows its address), and four to ten
 * remarks in plain Dutch about the themes that came up in the project "Samenwerken binnen
 * pleegzorg": who does what (foster-care worker or child-protection worker),
 * expectations, openness about information, the position of foster parents and that of
 * parents; now and then the own children of foster parents or brothers and sisters. About
 * one in six is a quote, with the role of who said it and their consent. The dialogues
 * themselves (and who came) are the meeting module's demo. Made on the first demo start
 * of a day (decision 21), once: a project with remarks gets no more.
 */
@Component
@Profile("demo")
@Order(11)
class DemoDialogueHarvest implements ApplicationRunner {

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	private static final String[] FACILITATORS = { "Ellen", "Mohamed", "Ingrid", "Pieter" };

	private static final ParticipantRole FOSTER_PARENT = ParticipantRole.FOSTER_PARENT;

	private static final ParticipantRole PARENT = ParticipantRole.PARENT;

	private static final ParticipantRole WORKER = ParticipantRole.FOSTER_CARE_WORKER;

	private static final ParticipantRole PROTECTOR = ParticipantRole.CHILD_PROTECTION_WORKER;

	private static final RemarkKind WELL = RemarkKind.GOES_WELL;

	private static final RemarkKind BETTER = RemarkKind.CAN_BE_BETTER;

	private static final RemarkKind IDEA = RemarkKind.IDEA;

	private static final RemarkKind QUOTE = RemarkKind.QUOTE;

	/** A remark as a facilitator types it; {@code role} null: said by the group. */
	private record Said(RemarkKind kind, ParticipantRole role, String text) {
	}

	/**
	 * What was said about the five big themes: who does what, expectations, openness, the
	 * position of foster parents, the position of parents.
	 */
	private static final List<List<Said>> THEMES = List.of(List.of(
			new Said(BETTER, FOSTER_PARENT,
					"Ik weet vaak niet of ik de pleegzorgbegeleider of de jeugdbeschermer moet bellen."),
			new Said(BETTER, PROTECTOR,
					"De pleegzorgbegeleider en ik doen soms hetzelfde werk, en soms doet niemand het."),
			new Said(WELL, WORKER, "Als de jeugdbeschermer en ik vooraf afspreken wie wat doet, loopt het goed."),
			new Said(IDEA, null, "Maak bij de start één overzicht van wie wat doet, en geef dat aan iedereen."),
			new Said(BETTER, PARENT,
					"Ik snapte lang niet wat de jeugdbeschermer doet en wat de pleegzorgbegeleider doet."),
			new Said(QUOTE, WORKER,
					"Wij zijn er voor het pleeggezin, de jeugdbeschermer voor het kind. Dat moeten we vaker hardop zeggen."),
			new Said(WELL, PROTECTOR, "Een vaste jeugdbeschermer die het gezin goed kent, maakt veel verschil."),
			new Said(IDEA, WORKER, "Houd elk half jaar een gesprek over de taakverdeling, ook als het goed gaat."),
			new Said(BETTER, null, "Bij een wisseling van jeugdbeschermer begint alles weer opnieuw."),
			new Said(QUOTE, PROTECTOR,
					"Ik dacht dat de pleegzorgbegeleider het zou regelen, en zij dacht dat ik het deed."),
			new Said(IDEA, PROTECTOR,
					"Laat de pleegzorgbegeleider en de jeugdbeschermer bij de start samen op huisbezoek gaan."),
			new Said(BETTER, FOSTER_PARENT,
					"Bij ons zat de jeugdbeschermer vooral aan tafel om te controleren, niet om mee te denken.")),
			List.of(new Said(BETTER, FOSTER_PARENT,
					"Wij verwachtten een plaatsing van een paar weken. Het werden drie jaar."),
					new Said(BETTER, PARENT, "Mij was beloofd dat mijn zoon na een half jaar weer thuis zou wonen."),
					new Said(IDEA, WORKER, "Vraag aan het begin aan iedereen wat hij verwacht, en schrijf dat op."),
					new Said(WELL, PROTECTOR,
							"Waar we vooraf met alle partijen de verwachtingen bespraken, kwamen er minder conflicten."),
					new Said(QUOTE, FOSTER_PARENT,
							"Niemand vroeg wat wij verwachtten. We hoorden het pas toen het al anders liep."),
					new Said(BETTER, WORKER,
							"Er wordt te snel iets beloofd over bezoek, en daarna kunnen we het niet waarmaken."),
					new Said(IDEA, null,
							"Bespreek de verwachtingen opnieuw als de situatie verandert, niet alleen bij de start."),
					new Said(WELL, PARENT, "Toen duidelijk was wat ik kon verwachten, kon ik het beter accepteren."),
					new Said(BETTER, PROTECTOR,
							"De verwachting dat een kind snel teruggaat, is vaak niet eerlijk tegenover het kind."),
					new Said(QUOTE, PARENT,
							"Ik verwachtte dat ik mijn dochter elke week zou zien. Dat werd één keer per maand."),
					new Said(IDEA, FOSTER_PARENT,
							"Vertel nieuwe pleeggezinnen hoe een plaatsing kan lopen, zodat ze weten wat ze kunnen verwachten."),
					new Said(BETTER, null,
							"Wat de rechter besluit, is niet altijd wat het gezin verwacht. Dat moet beter worden uitgelegd.")),
			List.of(new Said(BETTER, FOSTER_PARENT, "We kregen belangrijke informatie over het kind pas na maanden."),
					new Said(BETTER, PARENT,
							"Ik mocht het verslag over mijn situatie niet lezen voordat het naar de rechter ging."),
					new Said(WELL, WORKER,
							"Als we open kaart spelen over wat we wel en niet weten, groeit het vertrouwen."),
					new Said(IDEA, PROTECTOR, "Stuur het verslag van elk gesprek naar iedereen die aan tafel zat."),
					new Said(QUOTE, FOSTER_PARENT, "Eerlijk zeggen dat je het niet weet, is beter dan niets zeggen."),
					new Said(BETTER, null, "Besluiten worden genomen zonder uitleg of informatie over het waarom."),
					new Said(WELL, PARENT, "Ik mocht mijn dossier inzien en kreeg overal uitleg bij."),
					new Said(IDEA, WORKER,
							"Maak één plek waar alle informatie over de plaatsing staat, voor iedereen die erbij hoort."),
					new Said(BETTER, PROTECTOR,
							"Door de privacyregels delen we soms minder informatie dan goed is voor het kind."),
					new Said(QUOTE, PARENT,
							"Als ik niet weet wat er speelt, ga ik vechten. Geef mij eerlijke informatie, dan werk ik mee."),
					new Said(WELL, null, "Een gezamenlijk verslag na elk overleg helpt: iedereen leest hetzelfde."),
					new Said(IDEA, PARENT, "Zeg het eerlijk als terug naar huis er niet meer in zit.")),
			List.of(new Said(BETTER, FOSTER_PARENT,
					"Als pleegouder zorg je dag en nacht voor het kind, maar bij het overleg word je vergeten."),
					new Said(BETTER, FOSTER_PARENT, "Pleegouders worden pas gebeld als er iets mis is."),
					new Said(WELL, WORKER, "Pleegouders die bij elk overleg worden uitgenodigd, voelen zich gezien."),
					new Said(IDEA, FOSTER_PARENT, "Geef pleegouders een vaste plek in het overleg over het kind."),
					new Said(QUOTE, FOSTER_PARENT, "Wij zijn geen oppas. Als pleegouder weet ik hoe het met hem gaat."),
					new Said(BETTER, PROTECTOR,
							"Ik vergeet soms dat de pleegouder het kind het beste kent van iedereen aan tafel."),
					new Said(IDEA, null, "Vraag pleegouders na elk overleg wat ze ervan vonden."),
					new Said(WELL, FOSTER_PARENT,
							"Sinds we bij elk gesprek zijn, voelen we ons als pleegouders serieus genomen."),
					new Said(BETTER, WORKER,
							"Pleegouders moeten vaak zelf achter afspraken aan. Dat kost hun veel energie."),
					new Said(QUOTE, FOSTER_PARENT, "Ik ben pleegouder, geen hulpverlener. Maar ik wil wel meepraten."),
					new Said(IDEA, WORKER, "Laat pleegouders meeschrijven aan het plan voor het kind."),
					new Said(BETTER, null, "Pleegouders zijn vaak de laatsten die iets horen.")),
			List.of(new Said(BETTER, PARENT, "Als moeder voelde ik me aan de kant gezet zodra mijn kind uit huis was."),
					new Said(BETTER, PARENT,
							"Ik hoorde van mijn zoon dat hij naar een andere school ging. Niemand had het mij als vader gevraagd."),
					new Said(WELL, WORKER,
							"Als ouders vanaf het begin meepraten, gaat het contact met het pleeggezin beter."),
					new Said(IDEA, null,
							"Een maatje voor ouders van een uithuisgeplaatst kind: iemand die het zelf heeft meegemaakt."),
					new Said(QUOTE, PARENT, "Ik ben nog steeds zijn moeder. Vraag mij ook wat ik vind."),
					new Said(BETTER, PROTECTOR, "Ouders krijgen na een uithuisplaatsing weinig steun voor zichzelf."),
					new Said(IDEA, PARENT,
							"Nodig ouders uit voor de gesprekken over hun kind, ook als het moeilijk is."),
					new Said(WELL, PARENT,
							"Bezoek bij het pleeggezin thuis voelde voor mij als moeder fijner dan op kantoor."),
					new Said(BETTER, WORKER,
							"Ouders en het pleeggezin zien elkaar soms als tegenstanders. Dat is slecht voor het kind."),
					new Said(QUOTE, PARENT, "Mijn kind woont ergens anders, maar ik blijf zijn vader."),
					new Said(IDEA, PROTECTOR, "Geef ouders hulp bij hun eigen verdriet, los van de hulp aan het kind."),
					new Said(WELL, null, "Waar ouders een eigen begeleider hadden, liep de samenwerking beter.")));

	/**
	 * The order in which the big themes come up in a dialogue (from a point that shifts
	 * per dialogue): who does what most, then foster parents and parents; expectations
	 * and openness in fewer dialogues.
	 */
	private static final int[] SEQUENCE = { 0, 3, 4, 0, 1, 3, 0, 4, 3, 2, 0, 4 };

	/** The own children of foster parents: in three dialogues. */
	private static final List<Said> OWN_CHILDREN = List.of(
			new Said(BETTER, FOSTER_PARENT,
					"Onze eigen kinderen merken alles, maar niemand vraagt hoe het met hen gaat."),
			new Said(IDEA, WORKER, "Voer bij de start van een plaatsing ook een gesprek met de eigen kinderen."),
			new Said(WELL, FOSTER_PARENT,
					"De groep voor eigen kinderen van de pleegzorgaanbieder helpt onze dochter erg."));

	/** Brothers and sisters: in two dialogues. */
	private static final List<Said> SIBLINGS = List.of(
			new Said(BETTER, PARENT,
					"Mijn kinderen wonen in drie verschillende gezinnen en zien hun broer bijna nooit."),
			new Said(IDEA, PROTECTOR, "Plan het contact tussen broers en zussen net zo zorgvuldig als ander bezoek."));

	/** About the dialogue itself, no theme. */
	private static final List<Said> GENERAL = List.of(
			new Said(WELL, null, "Fijn om met mensen uit andere rollen aan één tafel te zitten."),
			new Said(WELL, null, "Iedereen luisterde naar elkaar, ook als we het oneens waren."));

	private final FacilitatorLinkRepository links;

	private final DialogueRemarkRepository remarks;

	private final MeetingPlanning meetings;

	private final DemoBasis demo;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoDialogueHarvest(FacilitatorLinkRepository links, DialogueRemarkRepository remarks, MeetingPlanning meetings,
			DemoBasis demo, JdbcClient jdbc, Clock clock) {
		this.links = links;
		this.remarks = remarks;
		this.meetings = meetings;
		this.demo = demo;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		this.demo.project()
			.filter((project) -> this.jdbc.sql("select count(*) from dialogue_remark where trajectory_id = ?")
				.param(project.id())
				.query(Long.class)
				.single() == 0)
			.ifPresent((project) -> harvest(project.id()));
	}

	private void harvest(long projectId) {
		LocalDate today = LocalDate.now(this.clock);
		List<MeetingRef> held = this.meetings.meetingsOf(projectId)
			.stream()
			.filter((dialogue) -> dialogue.date().isBefore(today))
			.toList();
		int[] next = new int[THEMES.size()];
		for (int d = 0; d < held.size(); d++) {
			MeetingRef dialogue = held.get(d);
			FacilitatorLink link = this.links.save(new FacilitatorLink(projectId, dialogue.id(),
					FACILITATORS[d % FACILITATORS.length], SecretToken.generate().hash(),
					dialogue.date().plusDays(3).atStartOfDay(AMSTERDAM).toInstant()));
			int themed = 4 + (d * 5) % 6;
			for (int k = 0; k < themed; k++) {
				int theme = SEQUENCE[(d * 3 + k) % SEQUENCE.length];
				List<Said> said = THEMES.get(theme);
				record(link, said.get(next[theme]++ % said.size()));
			}
			switch (d) {
				case 0 -> record(link, GENERAL.get(0));
				case 2 -> record(link, OWN_CHILDREN.get(0));
				case 4 -> record(link, SIBLINGS.get(0));
				case 6 -> record(link, OWN_CHILDREN.get(1));
				case 9 -> record(link, SIBLINGS.get(1));
				case 11 -> record(link, OWN_CHILDREN.get(2));
				case 13 -> record(link, GENERAL.get(1));
				default -> {
				}
			}
		}
		this.remarks.flush();
		// Dated as they happened: the link made the day before its dialogue, the remarks
		// typed in the evening after it.
		this.jdbc
			.sql("""
					update facilitator_link l set created_at = ((m.meeting_date - 1) + time '10:00') at time zone 'Europe/Amsterdam'
					from meeting m where m.id = l.meeting_id and l.trajectory_id = ?""")
			.param(projectId)
			.update();
		this.jdbc.sql("""
				update dialogue_remark r
				set created_at = (m.meeting_date + m.end_time + interval '1 hour') at time zone 'Europe/Amsterdam',
				    changed_at = (m.meeting_date + m.end_time + interval '1 hour') at time zone 'Europe/Amsterdam'
				from meeting m where m.id = r.meeting_id and r.trajectory_id = ?""").param(projectId).update();
	}

	private void record(FacilitatorLink link, Said said) {
		RemarkForm form = new RemarkForm();
		form.setKind(said.kind());
		form.setText(said.text());
		form.setSpeakerRole(said.role());
		form.setConsent(said.kind() == QUOTE);
		this.remarks.save(new DialogueRemark(link, form));
	}

}
