package nl.nvp.goedegesprek.web;

import nl.nvp.goedegesprek.shared.ChildWording;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.messageresolver.SpringMessageResolver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The template engine's texts, with a child's variant where a page or mail speaks to a
 * child ({@link ChildWording}). Pages and mails that do not set the variable cost one
 * variable look-up per text more than before.
 */
@Configuration(proxyBeanMethods = false)
class ChildWordingConfiguration {

	@Bean
	static BeanPostProcessor childWordingMessages(ObjectProvider<MessageSource> messageSource) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof SpringTemplateEngine engine) {
					engine.setMessageResolver(new ChildWordingMessageResolver(messageSource.getObject()));
				}
				return bean;
			}

		};
	}

	/** Spring's resolver, asked first for the child's variant when the page sets it. */
	static final class ChildWordingMessageResolver implements IMessageResolver {

		private final SpringMessageResolver texts = new SpringMessageResolver();

		ChildWordingMessageResolver(MessageSource messageSource) {
			this.texts.setMessageSource(messageSource);
		}

		@Override
		public String getName() {
			return "ChildWording";
		}

		@Override
		public Integer getOrder() {
			return 0;
		}

		@Override
		public String resolveMessage(ITemplateContext context, Class<?> origin, String key,
				Object[] messageParameters) {
			if (Boolean.TRUE.equals(context.getVariable(ChildWording.VARIABLE))) {
				String child = this.texts.resolveMessage(context, origin, ChildWording.childKey(key),
						messageParameters);
				if (child != null) {
					return child;
				}
			}
			return this.texts.resolveMessage(context, origin, key, messageParameters);
		}

		@Override
		public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
				Object[] messageParameters) {
			return this.texts.createAbsentMessageRepresentation(context, origin, key, messageParameters);
		}

	}

}
