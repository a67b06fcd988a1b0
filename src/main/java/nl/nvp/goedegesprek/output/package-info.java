/**
 * Outputs (opbrengsten) of a trajectory: reports, plans, podcast episodes, stories, with
 * a link or an uploaded file, internal until published; the public pages, the file
 * downloads and the Atom feed (decision 42). By use case: {@code editing} (coordinators),
 * {@code file} (type check and download), {@code publication} (public pages, feed, the
 * region page's section). No other module uses it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Outputs")
package nl.nvp.goedegesprek.output;
