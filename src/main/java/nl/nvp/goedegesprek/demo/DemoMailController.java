package nl.nvp.goedegesprek.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.nvp.goedegesprek.shared.PublicUrls;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The demo mail page: every mail the demo sent, newest first, with the application's own
 * links clickable, so that a newcomer can follow a confirmation link without a mail
 * program. Anyone may see it: in the demo every address is made up and reading the mails
 * is the point. It exists only under the demo profile; elsewhere {@code /demo/mails}
 * answers 404.
 */
@Controller
@Profile("demo")
class DemoMailController {

	private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");

	/** Mailpit's web UI, as docker-compose.yml publishes it. */
	static final String MAILPIT = "http://localhost:8025";

	private final DemoMailCatcher catcher;

	private final PublicUrls urls;

	DemoMailController(DemoMailCatcher catcher, PublicUrls urls) {
		this.catcher = catcher;
		this.urls = urls;
	}

	@GetMapping("/demo/mails")
	String mails(Model model) {
		model.addAttribute("catching", this.catcher.running());
		model.addAttribute("mailpit", MAILPIT);
		model.addAttribute("mails", this.catcher.mails().stream().map(this::shown).toList());
		return "demo/mails";
	}

	private Mail shown(DemoMailCatcher.ReceivedMail mail) {
		List<List<Piece>> lines = new ArrayList<>();
		for (String line : mail.text().replace("\r\n", "\n").split("\n", -1)) {
			lines.add(pieces(line));
		}
		while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
			lines.remove(lines.size() - 1);
		}
		return new Mail(mail.to(), mail.subject(), mail.received(), lines);
	}

	/**
	 * A line as text and links; only the application's own addresses become links, and
	 * they point to this server, whatever port it runs on.
	 */
	private List<Piece> pieces(String line) {
		List<Piece> pieces = new ArrayList<>();
		Matcher matcher = URL.matcher(line);
		int at = 0;
		String base = this.urls.baseUrl();
		while (matcher.find()) {
			String url = matcher.group();
			if (!base.isEmpty() && url.startsWith(base + "/")) {
				if (matcher.start() > at) {
					pieces.add(new Piece(line.substring(at, matcher.start()), null));
				}
				pieces.add(new Piece(url, url.substring(base.length())));
				at = matcher.end();
			}
		}
		if (at < line.length()) {
			pieces.add(new Piece(line.substring(at), null));
		}
		return pieces;
	}

	/** A mail on the page: its body as lines of pieces. */
	record Mail(String to, String subject, Instant received, List<List<Piece>> lines) {

	}

	/** Text, or a link when {@code href} is set. */
	record Piece(String text, String href) {

	}

}
