/**
 * Outputs (opbrengsten) of a trajectory: reports, plans, podcast episodes, stories, with
 * a link or an uploaded file, internal until published; the public pages, the file
 * downloads and the Atom feed (decision 42). By use case: {@code editing} (coordinators),
 * {@code file} (type check and download), {@code publication} (public pages, feed, the
 * region page's section). Its API {@link nl.nvp.goedegesprek.output.GeneratedOutputs}
 * lets another module publish a PDF it makes itself (a national project's advice,
 * decision 48).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Outputs")
package nl.nvp.goedegesprek.output;
