package nl.nvp.goedegesprek.web;

import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Pages are rendered by {@link FormPageView}: after a failed submit it completes the
 * error summary (decision 34).
 */
@Configuration(proxyBeanMethods = false)
class FormPagesConfiguration {

	@Bean
	static BeanPostProcessor formPageViews() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof ThymeleafViewResolver views) {
					views.setViewClass(FormPageView.class);
				}
				return bean;
			}

		};
	}

}
