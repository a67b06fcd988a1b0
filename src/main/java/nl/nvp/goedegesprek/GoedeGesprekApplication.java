package nl.nvp.goedegesprek;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class GoedeGesprekApplication {

	public static void main(String[] args) {
		SpringApplication.run(GoedeGesprekApplication.class, args);
	}

}
