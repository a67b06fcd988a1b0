/**
 * Security configuration, layout support, language, error pages and date formatting: the
 * web shell around the modules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package nl.nvp.goedegesprek.web;
