package nl.nvp.goedegesprek.harvest.topic;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.harvest.HarvestUse;
import nl.nvp.goedegesprek.shared.NotFoundException;
import nl.nvp.goedegesprek.trajectory.TrajectoryRef;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The national topic catalogue (kept by national coordinators; the web layer lets only
 * them in) and the topics each trajectory chooses or adds.
 */
@Service
@Transactional(readOnly = true)
public class Topics {

	private final TopicRepository topics;

	private final HarvestAccess access;

	private final ObjectProvider<HarvestUse> uses;

	Topics(TopicRepository topics, HarvestAccess access, ObjectProvider<HarvestUse> uses) {
		this.topics = topics;
		this.access = access;
		this.uses = uses;
	}

	List<Topic> catalogue() {
		return this.topics.findCatalogue();
	}

	Topic catalogueTopic(long topicId) {
		return this.topics.findById(topicId).filter(Topic::isInCatalogue).orElseThrow(NotFoundException::new);
	}

	void checkCatalogueName(TopicForm form, long exceptId, Errors errors) {
		if (form.getName() != null && this.topics.catalogueNameTaken(form.getName(), exceptId)) {
			errors.rejectValue("name", "TopicForm.name.taken");
		}
	}

	/** Checks a new own topic, for someone who may change the trajectory. */
	void checkOwnName(long trajectoryId, TopicForm form, Errors errors, AccountPrincipal user) {
		this.access.editable(trajectoryId, user);
		if (form.getName() != null && this.topics.nameTakenFor(form.getName(), trajectoryId)) {
			errors.rejectValue("name", "TopicForm.name.taken");
		}
	}

	@Transactional
	void addToCatalogue(TopicForm form) {
		this.topics.saveAndFlush(new Topic(form.getName(), form.getDescription(), null));
	}

	@Transactional
	void describe(long topicId, TopicForm form) {
		Topic topic = catalogueTopic(topicId);
		if (topic.getVersion() != form.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Topic.class, topicId);
		}
		topic.describe(form.getName(), form.getDescription());
		this.topics.flush();
	}

	record Choice(TrajectoryRef trajectory, List<Topic> available, Set<Long> chosen) {

		public boolean isChosen(long topicId) {
			return this.chosen.contains(topicId);
		}

	}

	Choice choice(long trajectoryId, AccountPrincipal user) {
		TrajectoryRef trajectory = this.access.visible(trajectoryId, user);
		return new Choice(trajectory, this.topics.findAvailableTo(trajectoryId),
				new HashSet<>(this.topics.findChosenIds(trajectoryId)));
	}

	List<Topic> chosen(long trajectoryId) {
		return this.topics.findChosen(trajectoryId);
	}

	/** The trajectory works on these topics (of the catalogue or its own) from now on. */
	@Transactional
	public void choose(long trajectoryId, Set<Long> topicIds, AccountPrincipal user) {
		this.access.editable(trajectoryId, user);
		Set<Long> allowed = new HashSet<>();
		this.topics.findAvailableTo(trajectoryId).forEach((topic) -> allowed.add(topic.getId()));
		Set<Long> chosen = new HashSet<>(topicIds);
		chosen.retainAll(allowed);
		// A topic with harvest, or with something built on it (actions), stays chosen:
		// otherwise they would disappear.
		chosen.addAll(this.topics.findHarvestedIds(trajectoryId));
		this.uses.forEach((use) -> chosen.addAll(use.topicsInUse(trajectoryId)));
		if (chosen.isEmpty()) {
			this.topics.clearChoice(trajectoryId);
		}
		else {
			this.topics.keepOnly(trajectoryId, chosen);
			chosen.forEach((topicId) -> this.topics.choose(trajectoryId, topicId));
		}
	}

	/** A topic of the trajectory's own, chosen at once. */
	@Transactional
	public void addOwn(long trajectoryId, TopicForm form, AccountPrincipal user) {
		this.access.editable(trajectoryId, user);
		Topic topic = this.topics.saveAndFlush(new Topic(form.getName(), form.getDescription(), trajectoryId));
		this.topics.choose(trajectoryId, topic.getId());
	}

	/**
	 * Takes a trajectory's own topic into the national catalogue (national coordinators
	 * only), unless the catalogue has that name already. The topic is locked, so the same
	 * button from two tabs promotes it once; a topic the trajectory chose that is in the
	 * catalogue already (promoted a moment ago) is answered as promoted (decision 28).
	 */
	@Transactional
	boolean promote(long trajectoryId, long topicId, AccountPrincipal user) {
		this.access.visible(trajectoryId, user);
		if (!user.isNational()) {
			throw new AccessDeniedException("Only national coordinators keep the catalogue");
		}
		Topic topic = this.topics.lock(topicId).orElseThrow(NotFoundException::new);
		if (topic.isInCatalogue() && this.topics.findChosenIds(trajectoryId).contains(topicId)) {
			return true;
		}
		if (!Long.valueOf(trajectoryId).equals(topic.getTrajectoryId())) {
			throw new NotFoundException();
		}
		if (this.topics.catalogueNameTaken(topic.getName(), topic.getId())) {
			return false;
		}
		topic.promote();
		this.topics.flush();
		return true;
	}

}
