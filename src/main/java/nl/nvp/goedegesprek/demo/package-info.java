/**
 * The demo profile's own machinery ({@code ./mvnw spring-boot:run}): an in-process mail
 * catcher with a page that lists every mail sent, and demo data whose dates are always
 * relative to today. Every bean here is {@code @Profile("demo")}: nothing of it exists
 * outside the demo (decision 21). The demo data itself is made by each module's own
 * {@code Demo*} runner; they find the demo's national coordinator and the demo
 * trajectories their data belongs to through {@code trajectory.DemoBasis}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo")
package nl.nvp.goedegesprek.demo;
