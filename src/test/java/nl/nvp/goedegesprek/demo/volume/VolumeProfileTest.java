package nl.nvp.goedegesprek.demo.volume;

import nl.nvp.goedegesprek.GoedeGesprekApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The volume profile fills a database with made-up data: without the demo profile the
 * application refuses to start, before it touches any database (here one that does not
 * exist).
 */
class VolumeProfileTest {

	@Test
	void theVolumeProfileRefusesToStartWithoutTheDemo() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(GoedeGesprekApplication.class).profiles("volume")
			.run("--server.port=0", "--spring.docker.compose.enabled=false",
					"--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/nothing"))
			.hasStackTraceContaining("works only together with the 'demo' profile");
	}

}
