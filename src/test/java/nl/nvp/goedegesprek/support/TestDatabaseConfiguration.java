package nl.nvp.goedegesprek.support;

import org.hibernate.cfg.AvailableSettings;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

@TestConfiguration(proxyBeanMethods = false)
class TestDatabaseConfiguration {

	@Bean
	DynamicPropertyRegistrar testDatabaseProperties() {
		return (registry) -> TestDatabase.get().register(registry);
	}

	/** Counts the statements Hibernate prepares per thread, for {@link SqlStatements}. */
	@Bean
	HibernatePropertiesCustomizer statementsPerThread() {
		return (properties) -> properties.put(AvailableSettings.STATEMENT_INSPECTOR, SqlStatements.INSPECTOR);
	}

}
