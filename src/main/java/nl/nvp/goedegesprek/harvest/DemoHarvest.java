package nl.nvp.goedegesprek.harvest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.harvest.item.HarvestForm;
import nl.nvp.goedegesprek.harvest.item.HarvestItems;
import nl.nvp.goedegesprek.harvest.item.HarvestKind;
import nl.nvp.goedegesprek.harvest.topic.Topic;
import nl.nvp.goedegesprek.harvest.topic.TopicRepository;
import nl.nvp.goedegesprek.harvest.topic.Topics;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.trajectory.DemoBasis;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo profile's harvest: Rijk van Nijmegen's three topics (as the region chose them)
 * and the harvest of its meetings, the startwijzer among its ideas; West Brabant Oost's
 * topics and the ideas of its first dialogue meeting, to prioritise at its second. Made
 * on the first demo start of a day (decision 21).
 */
@Component
@Profile("demo")
@Order(5)
class DemoHarvest implements ApplicationRunner {

	private final Topics topics;

	private final TopicRepository topicRepository;

	private final HarvestItems harvest;

	private final DemoBasis demo;

	DemoHarvest(Topics topics, TopicRepository topicRepository, HarvestItems harvest, DemoBasis demo) {
		this.topics = topics;
		this.topicRepository = topicRepository;
		this.harvest = harvest;
		this.demo = demo;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.demo.brabant()
			.filter((brabant) -> this.topicRepository.findChosenIds(brabant.id()).isEmpty())
			.ifPresent((brabant) -> brabant(brabant.id(), brabant.coordinator()));
		this.demo.nijmegen()
			.filter((nijmegen) -> this.topicRepository.findChosenIds(nijmegen.id()).isEmpty())
			.ifPresent((nijmegen) -> nijmegen(nijmegen.id(), nijmegen.coordinator()));
	}

	/**
	 * Rijk van Nijmegen's three topics and the harvest of its meetings, the startwijzer
	 * among its ideas.
	 */
	private void nijmegen(long id, AccountPrincipal demo) {
		List<String> names = List.of("Samenwerken tussen pleegouders en ouders",
				"Voorkomen van overbelasting van pleegouders", "Impact op eigen kinderen");
		List<Long> chosen = this.topicRepository.findCatalogue()
			.stream()
			.filter((topic) -> names.contains(topic.getName()))
			.map(Topic::getId)
			.toList();
		this.topics.choose(id, Set.copyOf(chosen), demo);
		long together = this.topicRepository.findCatalogue()
			.stream()
			.filter((topic) -> topic.getName().equals(names.get(0)))
			.findFirst()
			.orElseThrow()
			.getId();
		line(id, together, HarvestKind.GOES_WELL,
				"Pleegouders en ouders die elkaar voor de plaatsing ontmoeten, werken beter samen.", demo);
		line(id, together, HarvestKind.CAN_BE_BETTER, "Ouders weten vaak niet wat ze van pleegouders mogen verwachten.",
				demo);
		line(id, together, HarvestKind.IDEA, "Een startwijzer voor pleegouders en ouders.", demo);
		HarvestForm quote = new HarvestForm();
		quote.setTopicId(together);
		quote.setKind(HarvestKind.QUOTE);
		quote.setText("Ik kwam meer dingen te weten en kon mijn stem laten horen.");
		quote.setSpeakerRole(ParticipantRole.FOSTER_CHILD);
		quote.setConsent(true);
		this.harvest.add(id, quote, demo);
	}

	/**
	 * West Brabant Oost's topics and the harvest of its first dialogue meeting: the ideas
	 * that participants of its second dialogue meeting (next week) prioritise through
	 * their personal link.
	 */
	private void brabant(long id, AccountPrincipal demo) {
		Map<String, List<String>> ideas = new LinkedHashMap<>();
		ideas.put("De stem van het pleegkind, de pleegouder en de ouder",
				List.of("Een vast aanspreekpunt voor ieder pleegkind.",
						"Pleegkinderen praten mee in het overleg over hun perspectief."));
		ideas.put("Perspectiefbepaling",
				List.of("Binnen een half jaar duidelijkheid over het perspectief van een pleegkind."));
		ideas.put("Verschillen tussen gemeenten en tussen pleegzorgaanbieders",
				List.of("Eén werkwijze voor alle gemeenten in de regio.",
						"Een overzicht van wat elke aanbieder pleegouders biedt."));
		Map<String, Long> catalogue = new LinkedHashMap<>();
		this.topicRepository.findCatalogue()
			.stream()
			.filter((topic) -> ideas.containsKey(topic.getName()))
			.forEach((topic) -> catalogue.put(topic.getName(), topic.getId()));
		if (catalogue.size() != ideas.size()) {
			return;
		}
		this.topics.choose(id, Set.copyOf(catalogue.values()), demo);
		line(id, catalogue.get("Perspectiefbepaling"), HarvestKind.CAN_BE_BETTER,
				"Pleegouders en ouders wachten soms jaren op een besluit over het perspectief.", demo);
		ideas.forEach((topic, texts) -> texts
			.forEach((text) -> line(id, catalogue.get(topic), HarvestKind.IDEA, text, demo)));
	}

	private void line(long trajectoryId, long topicId, HarvestKind kind, String text, AccountPrincipal demo) {
		HarvestForm form = new HarvestForm();
		form.setTopicId(topicId);
		form.setKind(kind);
		form.setText(text);
		this.harvest.add(trajectoryId, form, demo);
	}

}
