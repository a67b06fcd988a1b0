package nl.nvp.goedegesprek.meeting.planning;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A meeting cannot be planned in the past, and the coordinator is told at the field that
 * is wrong: a day that has passed at the date, a time that has passed today at the start
 * time (the date is right); a meeting that keeps its moment is not refused.
 */
class MeetingFormPastTest {

	private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 5, 14, 30);

	@Test
	void aDayThatHasPassedIsReportedAtTheDate() {
		Errors errors = check(form(NOW.toLocalDate().minusDays(1), LocalTime.of(19, 0)), null);
		assertThat(errors.getFieldErrors()).singleElement().satisfies((error) -> {
			assertThat(error.getField()).isEqualTo("date");
			assertThat(error.getCode()).isEqualTo("MeetingForm.date.past");
		});
	}

	@Test
	void aTimeThatHasPassedTodayIsReportedAtTheStartTimeNotTheDate() {
		Errors errors = check(form(NOW.toLocalDate(), LocalTime.of(9, 0)), null);
		assertThat(errors.getFieldErrors()).singleElement().satisfies((error) -> {
			assertThat(error.getField()).isEqualTo("startTime");
			assertThat(error.getCode()).isEqualTo("MeetingForm.startTime.past");
		});
		assertThat(errors.hasFieldErrors("date")).isFalse();
	}

	@Test
	void laterTodayAndLaterDaysAreFine() {
		assertThat(check(form(NOW.toLocalDate(), LocalTime.of(14, 30)), null).hasErrors()).isFalse();
		assertThat(check(form(NOW.toLocalDate(), LocalTime.of(19, 0)), null).hasErrors()).isFalse();
		assertThat(check(form(NOW.toLocalDate().plusDays(1), LocalTime.of(9, 0)), null).hasErrors()).isFalse();
	}

	@Test
	void aMeetingThatKeepsItsMomentIsNotRefused() {
		MeetingForm before = form(NOW.toLocalDate(), LocalTime.of(9, 0));
		assertThat(check(form(NOW.toLocalDate(), LocalTime.of(9, 0)), before).hasErrors()).isFalse();
		// Moved to another time that has passed today: refused, at the start time.
		assertThat(check(form(NOW.toLocalDate(), LocalTime.of(10, 0)), before).getFieldErrors())
			.extracting(FieldError::getField)
			.containsExactly("startTime");
	}

	@Test
	void aStartTimeThatDidNotParseIsNotReportedTwice() {
		MeetingForm form = form(NOW.toLocalDate(), LocalTime.of(9, 0));
		Errors errors = new BeanPropertyBindingResult(form, "form");
		errors.rejectValue("startTime", "typeMismatch");
		form.checkNotPast(NOW, null, errors);
		assertThat(errors.getFieldErrors()).extracting(FieldError::getCode).containsExactly("typeMismatch");
	}

	private static Errors check(MeetingForm form, MeetingForm before) {
		Errors errors = new BeanPropertyBindingResult(form, "form");
		form.checkNotPast(NOW, before, errors);
		return errors;
	}

	private static MeetingForm form(LocalDate date, LocalTime start) {
		MeetingForm form = new MeetingForm();
		form.setTitle("Startbijeenkomst");
		form.setType(MeetingType.values()[0]);
		form.setDate(date);
		form.setStartTime(start);
		form.setEndTime(start.plusHours(2));
		form.setAddress("Wijkcentrum, Nijmegen");
		form.setCapacity(10);
		return form;
	}

}
