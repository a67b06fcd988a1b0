package nl.nvp.goedegesprek.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

@TestConfiguration(proxyBeanMethods = false)
class TestDatabaseConfiguration {

	@Bean
	DynamicPropertyRegistrar testDatabaseProperties() {
		return (registry) -> TestDatabase.get().register(registry);
	}

}
