package nl.nvp.goedegesprek.output;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.persistence.EntityManagerFactory;
import nl.nvp.goedegesprek.output.editing.OutputKind;
import nl.nvp.goedegesprek.account.AccountFixtures;
import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.account.Role;
import nl.nvp.goedegesprek.harvest.HarvestFixtures;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.support.SqlStatements;
import nl.nvp.goedegesprek.trajectory.TrajectoryFixtures;
import org.jsoup.Jsoup;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The public pages of the outputs: filters by kind, region and topic, the Atom feed, the
 * region page's section, no session, and a fixed number of statements (decision 42).
 */
@IntegrationTest
class PublicOutputsTest {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountFixtures accounts;

	@Autowired
	private TrajectoryFixtures trajectories;

	@Autowired
	private HarvestFixtures harvest;

	@Autowired
	private OutputFixtures outputs;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Autowired
	private JdbcClient jdbc;

	@LocalServerPort
	private int port;

	@Test
	void theNationalPageFiltersByKindRegionAndTopic() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ05", "JZ07");
		long north = this.trajectories.createRunning("JZ05", "Noord", coordinator.id());
		long south = this.trajectories.createRunning("JZ07", "Zuid", coordinator.id());
		long topic = this.harvest.choose(north, coordinator, "Verwachtingsmanagement").get(0);
		this.harvest.choose(south, coordinator, "Gedeeld opvoederschap");
		String suffix = UUID.randomUUID().toString();
		this.outputs.link(north, OutputKind.PODCAST_EPISODE, "Podcast noord " + suffix, true);
		this.outputs.link(north, OutputKind.BLOG, "Blog noord " + suffix, true);
		this.outputs.link(south, OutputKind.PODCAST_EPISODE, "Podcast zuid " + suffix, true);
		this.outputs.link(south, OutputKind.BLOG, "Concept zuid " + suffix, false);

		assertThat(page("/opbrengsten?regio=JZ05")).contains("Podcast noord " + suffix, "Blog noord " + suffix)
			.doesNotContain("Podcast zuid " + suffix);
		assertThat(page("/opbrengsten?regio=JZ07")).contains("Podcast zuid " + suffix)
			.doesNotContain("noord " + suffix)
			.doesNotContain("Concept zuid " + suffix);
		assertThat(page("/opbrengsten?regio=JZ05&soort=PODCAST_EPISODE")).contains("Podcast noord " + suffix)
			.doesNotContain("Blog noord " + suffix);
		assertThat(page("/opbrengsten?onderwerp=" + topic + "&regio=JZ05")).contains("Podcast noord " + suffix);
		assertThat(page("/opbrengsten?onderwerp=" + topic)).doesNotContain("zuid " + suffix);
		// The filters offer what has something published, and unknown values count as
		// none
		assertThat(page("/opbrengsten")).contains("value=\"" + topic + "\"").contains("value=\"JZ07\"");
		assertThat(page("/opbrengsten?soort=ONBEKEND&regio=%3Cx%3E&onderwerp=abc")).contains("Nieuwste opbrengsten");
	}

	@Test
	void theFiltersOfferAllFirstAndKeepWhatWasChosen() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ11");
		long trajectory = this.trajectories.createRunning("JZ11", "Filters", coordinator.id());
		long topic = this.harvest.choose(trajectory, coordinator, "Transparantie").get(0);
		this.outputs.link(trajectory, OutputKind.ADVICE, "Filteradvies " + UUID.randomUUID(), true);
		String chosen = "/opbrengsten?soort=ADVICE&regio=JZ11&onderwerp=" + topic;

		org.jsoup.nodes.Element dutch = Jsoup.parse(page(chosen)).selectFirst("form.output-filter");
		assertFilter(dutch, "soort", "Soort", "Alles", "ADVICE", "Advies", null);
		assertFilter(dutch, "regio", "Regio", "Alles", "JZ11", "Zuid Kennemerland", null);
		assertFilter(dutch, "onderwerp", "Onderwerp", "Alles", String.valueOf(topic), "Transparantie", null);
		// Without a choice, "Alles" is the one chosen (the first option)
		org.jsoup.nodes.Element none = Jsoup.parse(page("/opbrengsten")).selectFirst("form.output-filter");
		for (String name : List.of("soort", "regio", "onderwerp")) {
			assertThat(none.select("select#" + name + " option[selected]")).as(name).isEmpty();
		}
		// On an English page the names of the kinds are English; the topics' names stay
		// Dutch and say so (lang), the regions' names are names
		org.jsoup.nodes.Element english = Jsoup.parse(page(chosen + "&taal=en")).selectFirst("form.output-filter");
		assertFilter(english, "soort", "Kind", "All", "ADVICE", "Advice", null);
		assertFilter(english, "regio", "Region", "All", "JZ11", "Zuid Kennemerland", null);
		assertFilter(english, "onderwerp", "Topic", "All", String.valueOf(topic), "Transparantie", "nl");
	}

	/**
	 * A filter: its label, "all" first with no value, the chosen option selected (and no
	 * other), and every other option in the language given (or none).
	 */
	private static void assertFilter(org.jsoup.nodes.Element form, String name, String label, String all, String value,
			String text, String lang) {
		assertThat(form.select("label[for=" + name + "]").text()).isEqualTo(label);
		org.jsoup.nodes.Element select = form.selectFirst("select#" + name);
		assertThat(select.attr("name")).isEqualTo(name);
		Elements options = select.select("option");
		assertThat(options.get(0).attr("value")).isEmpty();
		assertThat(options.get(0).text()).isEqualTo(all);
		assertThat(options.get(0).hasAttr("lang")).isFalse();
		assertThat(select.select("option[selected]")).singleElement().satisfies((selected) -> {
			assertThat(selected.attr("value")).isEqualTo(value);
			assertThat(selected.text()).isEqualTo(text);
		});
		for (org.jsoup.nodes.Element option : options.subList(1, options.size())) {
			assertThat(option.hasAttr("lang") ? option.attr("lang") : null).as(option.text()).isEqualTo(lang);
		}
	}

	@Test
	void aTrajectorysPublicPageShowsOnlyWhatIsPublished() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ09");
		long trajectory = this.trajectories.createRunning("JZ09", "Openbaar traject", coordinator.id());
		this.outputs.link(trajectory, OutputKind.BLOG, "Nog een concept", false);
		assertThat(this.mvc.perform(get("/opbrengsten/trajecten/" + trajectory)).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		this.outputs.link(trajectory, OutputKind.NEWS_ITEM, "Het nieuws", true);
		assertThat(page("/opbrengsten/trajecten/" + trajectory)).contains("Openbaar traject", "Het nieuws")
			.doesNotContain("Nog een concept")
			.contains("rel=\"noopener noreferrer\"");
		assertThat(this.mvc.perform(get("/opbrengsten/trajecten/987654321")).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

	@Test
	void theFeedIsAtomWithFilesAsEnclosures() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ13");
		long trajectory = this.trajectories.createRunning("JZ13", "Feed", coordinator.id());
		String title = "Aflevering " + UUID.randomUUID() + " <&>";
		long audio = this.outputs.file(trajectory, OutputKind.PODCAST_EPISODE, title, OutputFixtures.MP3, "audio/mpeg",
				true);
		this.outputs.link(trajectory, OutputKind.BLOG, "Verborgen concept feed", false);
		MockHttpServletResponse response = this.mvc.perform(get("/opbrengsten/feed.atom")).andReturn().getResponse();
		assertThat(response.getContentType()).startsWith("application/atom+xml");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.getContentAsByteArray()));
		Element root = feed.getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
		assertThat(root.getLocalName()).isEqualTo("feed");
		for (String required : new String[] { "id", "title", "updated" }) {
			assertThat(root.getElementsByTagNameNS(ATOM, required).getLength()).as(required).isPositive();
		}
		Element entry = null;
		NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
		for (int i = 0; i < entries.getLength(); i++) {
			Element candidate = (Element) entries.item(i);
			if (title.equals(candidate.getElementsByTagNameNS(ATOM, "title").item(0).getTextContent())) {
				entry = candidate;
			}
			assertThat(candidate.getElementsByTagNameNS(ATOM, "title").item(0).getTextContent())
				.isNotEqualTo("Verborgen concept feed");
		}
		assertThat(entry).as("the published episode").isNotNull();
		List<String> enclosures = new ArrayList<>();
		NodeList links = entry.getElementsByTagNameNS(ATOM, "link");
		for (int i = 0; i < links.getLength(); i++) {
			Element link = (Element) links.item(i);
			if ("enclosure".equals(link.getAttribute("rel"))) {
				enclosures.add(link.getAttribute("href") + " " + link.getAttribute("type") + " "
						+ link.getAttribute("length"));
			}
		}
		assertThat(enclosures).singleElement()
			.satisfies((enclosure) -> assertThat(enclosure).startsWith("http")
				.endsWith("/opbrengsten/" + audio + "/bestand audio/mpeg " + OutputFixtures.MP3.length));
		assertThat(entry.getElementsByTagNameNS(ATOM, "updated").item(0).getTextContent())
			.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
	}

	/**
	 * Characters XML 1.0 forbids, in a title and a summary (a coordinator can paste
	 * them): dropped, so that the feed still parses with a standard parser; the rest of
	 * the text stays. U+0000 and lone surrogates cannot be stored in PostgreSQL text:
	 * OutputFeedTextTest.
	 */
	@Test
	void theFeedParsesWhateverCharactersATextHolds() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ13");
		long trajectory = this.trajectories.createRunning("JZ13", "Stuurtekens", coordinator.id());
		String mark = UUID.randomUUID().toString();
		String forbidden = "\u0001\u0008\u000B\u000C\u000E\u001F\uFFFE\uFFFF";
		long id = this.outputs.link(trajectory, OutputKind.BLOG, "Titel" + forbidden + " <&> " + mark, true);
		this.jdbc.sql("update output set summary = ?, output_date = date '2027-01-01' where id = ?")
			.params("Regel\teen\u0007\nregel twee\u001B \uD83D\uDE00 é", id)
			.update();
		MockHttpServletResponse response = this.mvc.perform(get("/opbrengsten/feed.atom")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		Element root = parse(response.getContentAsByteArray()).getDocumentElement();
		Element entry = null;
		NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
		for (int i = 0; i < entries.getLength(); i++) {
			Element candidate = (Element) entries.item(i);
			if (candidate.getElementsByTagNameNS(ATOM, "title").item(0).getTextContent().endsWith(mark)) {
				entry = candidate;
			}
		}
		assertThat(entry).as("the entry").isNotNull();
		assertThat(entry.getElementsByTagNameNS(ATOM, "title").item(0).getTextContent()).isEqualTo("Titel <&> " + mark);
		assertThat(entry.getElementsByTagNameNS(ATOM, "summary").item(0).getTextContent())
			.isEqualTo("Regel\teen\nregel twee \uD83D\uDE00 é");
	}

	/**
	 * HEAD on the feed, through the real server: its headers, no body (feed readers ask
	 * whether it changed), no session.
	 */
	@Test
	void theFeedAnswersHead() throws Exception {
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/opbrengsten/feed.atom"))
				.method("HEAD", HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/atom+xml"));
		assertThat(response.body()).isEmpty();
		assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
	}

	private static Document parse(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
	}

	@Test
	void theRegionPageShowsItsPublishedOutputs() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ16");
		long trajectory = this.trajectories.createRunning("JZ16", "Regio-opbrengsten", coordinator.id());
		this.outputs.link(trajectory, OutputKind.ADVICE, "Advies voor de regio", true);
		this.outputs.link(trajectory, OutputKind.BLOG, "Concept voor de regio", false);
		String page = this.mvc.perform(get("/overzicht/regios/JZ16").with(user(coordinator)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Advies voor de regio").doesNotContain("Concept voor de regio");
	}

	@Test
	void publicPagesMakeNoSession() throws Exception {
		for (String path : List.of("/opbrengsten", "/opbrengsten/feed.atom")) {
			MockHttpServletResponse response = this.mvc.perform(get(path)).andReturn().getResponse();
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getCookies()).as(path).isEmpty();
			assertThat(response.getHeader("Set-Cookie")).as(path).isNull();
		}
	}

	@Test
	void thePublicPagesCostTheSameStatementsHoweverMuchIsPublished() throws Exception {
		AccountPrincipal coordinator = this.accounts.create(Role.REGIONAL_COORDINATOR, "JZ18");
		long trajectory = this.trajectories.createRunning("JZ18", "Tellen", coordinator.id());
		this.harvest.choose(trajectory, coordinator, "Transparantie");
		this.outputs.link(trajectory, OutputKind.BLOG, "Een", true);
		long nationalBefore = statements("/opbrengsten");
		long filteredBefore = statements("/opbrengsten?regio=JZ18&soort=BLOG&onderwerp=1");
		long trajectoryBefore = statements("/opbrengsten/trajecten/" + trajectory);
		long feedBefore = statements("/opbrengsten/feed.atom");
		for (int i = 0; i < 5; i++) {
			long other = this.trajectories.createRunning("JZ18", "Tellen " + i, coordinator.id());
			this.harvest.choose(other, coordinator, "Transparantie", "Positie van ouders");
			this.outputs.link(other, OutputKind.NEWS_ITEM, "Nieuws " + i, true);
			this.outputs.file(other, OutputKind.PODCAST_EPISODE, "Podcast " + i, OutputFixtures.MP3, "audio/mpeg",
					true);
			this.outputs.link(trajectory, OutputKind.BLOG, "Meer " + i, true);
		}
		assertThat(statements("/opbrengsten")).isEqualTo(nationalBefore).isLessThanOrEqualTo(4);
		assertThat(statements("/opbrengsten?regio=JZ18&soort=BLOG&onderwerp=1")).isEqualTo(filteredBefore);
		assertThat(statements("/opbrengsten/trajecten/" + trajectory)).isEqualTo(trajectoryBefore)
			.isLessThanOrEqualTo(3);
		assertThat(statements("/opbrengsten/feed.atom")).isEqualTo(feedBefore).isLessThanOrEqualTo(2);
	}

	private long statements(String path) {
		SqlStatements counter = new SqlStatements(this.entityManagerFactory);
		return Math.min(counter.count(() -> this.mvc.perform(get(path)).andReturn()),
				counter.count(() -> this.mvc.perform(get(path)).andReturn()));
	}

	private String page(String path) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(path)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

}
