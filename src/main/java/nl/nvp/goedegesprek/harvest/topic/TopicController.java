package nl.nvp.goedegesprek.harvest.topic;

import java.util.Set;

import jakarta.validation.Valid;
import nl.nvp.goedegesprek.account.AccountPrincipal;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The national topic catalogue (national coordinators, by the security configuration) and
 * the topics of a trajectory.
 */
@Controller
class TopicController {

	private final Topics topics;

	TopicController(Topics topics) {
		this.topics = topics;
	}

	@GetMapping("/onderwerpen")
	String catalogue(Model model) {
		return catalogue(model, new TopicForm());
	}

	@PostMapping("/onderwerpen")
	String add(@Valid @ModelAttribute("form") TopicForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.topics.checkCatalogueName(form, -1, result);
		if (!result.hasErrors()) {
			try {
				this.topics.addToCatalogue(form);
				redirect.addFlashAttribute("flashMessage", "topic.added");
				return "redirect:/onderwerpen";
			}
			catch (DataIntegrityViolationException ex) {
				result.rejectValue("name", "TopicForm.name.taken");
			}
		}
		return catalogue(model, form);
	}

	private String catalogue(Model model, TopicForm form) {
		model.addAttribute("topics", this.topics.catalogue());
		model.addAttribute("form", form);
		return "harvest/topics";
	}

	@GetMapping("/onderwerpen/{topicId}")
	String edit(@PathVariable long topicId, Model model) {
		Topic topic = this.topics.catalogueTopic(topicId);
		TopicForm form = new TopicForm();
		form.setName(topic.getName());
		form.setDescription(topic.getDescription());
		form.setVersion(topic.getVersion());
		model.addAttribute("topic", topic);
		model.addAttribute("form", form);
		return "harvest/topic";
	}

	@PostMapping("/onderwerpen/{topicId}")
	String describe(@PathVariable long topicId, @Valid @ModelAttribute("form") TopicForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Topic topic = this.topics.catalogueTopic(topicId);
		this.topics.checkCatalogueName(form, topicId, result);
		if (!result.hasErrors()) {
			try {
				this.topics.describe(topicId, form);
				redirect.addFlashAttribute("flashMessage", "topic.saved");
				return "redirect:/onderwerpen";
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("stale.topic");
			}
			catch (DataIntegrityViolationException ex) {
				result.rejectValue("name", "TopicForm.name.taken");
			}
		}
		model.addAttribute("topic", topic);
		return "harvest/topic";
	}

	@GetMapping("/trajecten/{id}/onderwerpen")
	String choice(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		return choice(id, user, model, new TopicForm());
	}

	@PostMapping("/trajecten/{id}/onderwerpen")
	String choose(@PathVariable long id, @RequestParam(name = "topicIds", required = false) Set<Long> topicIds,
			@AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
		this.topics.choose(id, (topicIds != null) ? topicIds : Set.of(), user);
		redirect.addFlashAttribute("flashMessage", "topic.chosen");
		return "redirect:/trajecten/" + id + "/onderwerpen";
	}

	@PostMapping("/trajecten/{id}/onderwerpen/eigen")
	String addOwn(@PathVariable long id, @Valid @ModelAttribute("form") TopicForm form, BindingResult result,
			@AuthenticationPrincipal AccountPrincipal user, Model model, RedirectAttributes redirect) {
		this.topics.checkOwnName(id, form, result, user);
		if (!result.hasErrors()) {
			try {
				this.topics.addOwn(id, form, user);
				redirect.addFlashAttribute("flashMessage", "topic.own.added");
				return "redirect:/trajecten/" + id + "/onderwerpen";
			}
			catch (DataIntegrityViolationException ex) {
				result.rejectValue("name", "TopicForm.name.taken");
			}
		}
		return choice(id, user, model, form);
	}

	@PostMapping("/trajecten/{id}/onderwerpen/{topicId}/landelijk")
	String promote(@PathVariable long id, @PathVariable long topicId, @AuthenticationPrincipal AccountPrincipal user,
			RedirectAttributes redirect) {
		boolean promoted = this.topics.promote(id, topicId, user);
		redirect.addFlashAttribute(promoted ? "flashMessage" : "flashError",
				promoted ? "topic.promoted" : "topic.promote.nameTaken");
		return "redirect:/trajecten/" + id + "/onderwerpen";
	}

	private String choice(long id, AccountPrincipal user, Model model, TopicForm form) {
		model.addAttribute("choice", this.topics.choice(id, user));
		model.addAttribute("form", form);
		model.addAttribute("national", user.isNational());
		return "harvest/trajectory-topics";
	}

}
