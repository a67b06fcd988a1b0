package nl.nvp.goedegesprek.overview.annual;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.nvp.goedegesprek.account.AccountPrincipal;
import nl.nvp.goedegesprek.shared.SpreadsheetCsv;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The annual numbers as a spreadsheet (CSV, as the other exports: semicolons, a
 * byte-order mark, headers from the message files): one line per year with the same
 * numbers as the page, the same groups hidden (in words, never their size) and the total
 * only where the page shows it. The year we are in, which only coordinators see, says "so
 * far" in its year cell, as on the page.
 */
@Component
class AnnualNumbersCsv {

	private final AnnualNumbers numbers;

	private final MessageSource messages;

	AnnualNumbersCsv(AnnualNumbers numbers, MessageSource messages) {
		this.numbers = numbers;
		this.messages = messages;
	}

	String csv(AccountPrincipal user, Locale locale) {
		AnnualNumbers.Numbers numbers = this.numbers.numbers(user);
		String hidden = message("overview.annual.hidden", locale);
		return SpreadsheetCsv.write((csv) -> {
			List<String> header = new ArrayList<>(List.of(message("overview.annual.csv.year", locale),
					message("overview.annual.regions", locale), message("overview.annual.meetings", locale)));
			for (String role : numbers.roles()) {
				header.add(message("overview.annual.csv.participants", locale, message(role, locale)));
			}
			header.addAll(List.of(message("overview.annual.total", locale), message("overview.annual.agreed", locale),
					message("overview.annual.done", locale)));
			csv.printRecord(header);
			for (AnnualNumbers.Year year : numbers.years()) {
				String label = year.soFar() ? message("overview.annual.year.soFar", locale, year.year())
						: Integer.toString(year.year());
				List<String> line = new ArrayList<>(
						List.of(label, Integer.toString(year.regions()), Long.toString(year.meetings())));
				for (AnnualNumbers.RoleCount role : year.participants()) {
					line.add(role.hidden() ? hidden : Long.toString(role.count()));
				}
				line.add((year.total() != null) ? Long.toString(year.total())
						: message("overview.annual.total.hidden", locale));
				line.add(Long.toString(year.agreed()));
				line.add(Long.toString(year.done()));
				csv.printRecord(line);
			}
		});
	}

	private String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
