package nl.nvp.goedegesprek.web;

import java.util.Set;

import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.endpoint.web.WebServerNamespace;
import org.springframework.boot.health.actuate.endpoint.AdditionalHealthEndpointPath;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroup;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroupsPostProcessor;
import org.springframework.boot.health.actuate.endpoint.HttpCodeStatusMapper;
import org.springframework.boot.health.actuate.endpoint.StatusAggregator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Honest health: {@code /actuator/health} (like readiness) reflects the application and
 * its database, not the mail relay. A relay that hiccups must not take every instance out
 * of a load balancer's rotation; it has its own group, {@code /actuator/health/smtp}
 * (application.yml), for monitoring. Spring Boot puts every health contributor in the
 * root health and has no setting to leave one out, so this leaves out the mail
 * contributor.
 */
@Configuration(proxyBeanMethods = false)
class HealthConfiguration {

	static final String MAIL = "mail";

	@Bean
	HealthEndpointGroupsPostProcessor rootHealthWithoutMail() {
		return RootWithoutMail::new;
	}

	private record RootWithoutMail(HealthEndpointGroups groups) implements HealthEndpointGroups {

		@Override
		public HealthEndpointGroup getPrimary() {
			return new WithoutMail(this.groups.getPrimary());
		}

		@Override
		public Set<String> getNames() {
			return this.groups.getNames();
		}

		@Override
		public HealthEndpointGroup get(String name) {
			return this.groups.get(name);
		}

		@Override
		public HealthEndpointGroup get(AdditionalHealthEndpointPath path) {
			return this.groups.get(path);
		}

		@Override
		public Set<HealthEndpointGroup> getAllWithAdditionalPath(WebServerNamespace namespace) {
			return this.groups.getAllWithAdditionalPath(namespace);
		}

	}

	private record WithoutMail(HealthEndpointGroup group) implements HealthEndpointGroup {

		@Override
		public boolean isMember(String name) {
			return !MAIL.equals(name) && this.group.isMember(name);
		}

		@Override
		public boolean showComponents(SecurityContext securityContext) {
			return this.group.showComponents(securityContext);
		}

		@Override
		public boolean showDetails(SecurityContext securityContext) {
			return this.group.showDetails(securityContext);
		}

		@Override
		public StatusAggregator getStatusAggregator() {
			return this.group.getStatusAggregator();
		}

		@Override
		public HttpCodeStatusMapper getHttpCodeStatusMapper() {
			return this.group.getHttpCodeStatusMapper();
		}

		@Override
		public AdditionalHealthEndpointPath getAdditionalPath() {
			return this.group.getAdditionalPath();
		}

	}

}
