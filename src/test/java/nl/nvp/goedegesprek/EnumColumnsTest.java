package nl.nvp.goedegesprek;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.nvp.goedegesprek.joining.request.Interest;
import nl.nvp.goedegesprek.joining.request.RequestStatus;
import nl.nvp.goedegesprek.joining.request.RequesterRole;
import nl.nvp.goedegesprek.actionplan.action.ActionStatus;
import nl.nvp.goedegesprek.actionplan.plan.VersionStatus;
import nl.nvp.goedegesprek.meeting.ParticipantRole;
import nl.nvp.goedegesprek.meeting.planning.MeetingType;
import nl.nvp.goedegesprek.output.editing.OutputKind;
import nl.nvp.goedegesprek.research.survey.Audience;
import nl.nvp.goedegesprek.research.survey.SurveyStatus;
import nl.nvp.goedegesprek.support.IntegrationTest;
import nl.nvp.goedegesprek.trajectory.StepType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The checks in the database allow exactly the constants of the enums stored in their
 * columns (English since V19), and the partial unique indexes name existing constants.
 */
@IntegrationTest
class EnumColumnsTest {

	private static final Pattern QUOTED = Pattern.compile("'([A-Za-z0-9_]+)'");

	@Autowired
	private JdbcTemplate jdbc;

	static Stream<Arguments> checks() {
		return Stream.of(arguments("improvement_action", "improvement_action_status_check", ActionStatus.class),
				arguments("national_action", "national_action_status_check", ActionStatus.class),
				arguments("action_status_change", "action_status_change_status_check", ActionStatus.class),
				arguments("plan_version", "plan_version_status_check", VersionStatus.class),
				arguments("trajectory", "trajectory_status_check", internalEnum("trajectory.TrajectoryStatus")),
				arguments("trajectory_step", "trajectory_step_type_check", StepType.class),
				arguments("meeting", "meeting_type_check", MeetingType.class),
				arguments("registration", "registration_role_check", ParticipantRole.class),
				arguments("survey", "survey_status_check", SurveyStatus.class),
				arguments("survey_link", "survey_link_audience_check", Audience.class),
				arguments("survey_link_ended", "survey_link_ended_audience_check", Audience.class),
				arguments("survey_response", "survey_response_audience_check", Audience.class),
				arguments("join_request", "join_request_role_check", RequesterRole.class),
				arguments("join_request", "join_request_interest_check", Interest.class),
				arguments("join_request", "join_request_status_check", RequestStatus.class),
				arguments("output", "output_kind_check", OutputKind.class),
				arguments("project_sign_up", "project_sign_up_mode_check", internalEnum("project.signup.Mode")),
				arguments("project_sign_up", "project_sign_up_status_check",
						internalEnum("project.signup.SignUpViews$Status")),
				arguments("project_sign_up_week_part", "project_sign_up_week_part_part_check",
						internalEnum("project.signup.WeekPart$Part")));
	}

	/** An enum that its module keeps package-private. */
	private static Class<?> internalEnum(String name) {
		try {
			return Class.forName(EnumColumnsTest.class.getPackageName() + "." + name);
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@ParameterizedTest
	@MethodSource("checks")
	void checkAllowsExactlyTheEnumsConstants(String table, String check, Class<? extends Enum<?>> type) {
		String definition = this.jdbc.queryForObject(
				"select pg_get_constraintdef(oid) from pg_constraint where conrelid = cast(? as regclass) and conname = ?",
				String.class, table, check);
		assertThat(quoted(definition)).containsExactlyInAnyOrderElementsOf(names(type));
	}

	@Test
	void otherRoleCheckAndPlanVersionIndexesNameExistingConstants() {
		String otherRole = this.jdbc.queryForObject(
				"select pg_get_constraintdef(oid) from pg_constraint where conrelid = cast('registration' as regclass) and conname = 'registration_role_other_check'",
				String.class);
		assertThat(quoted(otherRole)).containsExactly(ParticipantRole.OTHER.name());
		List<String> indexes = this.jdbc.queryForList(
				"select indexdef from pg_indexes where indexname in ('plan_version_under_review', 'plan_version_adopted') order by indexname",
				String.class);
		assertThat(indexes).hasSize(2);
		assertThat(quoted(indexes.get(0))).containsExactly(VersionStatus.ADOPTED.name());
		assertThat(quoted(indexes.get(1))).containsExactly(VersionStatus.IN_REVIEW.name());
	}

	@Test
	void anOldDutchValueIsRejected() {
		assertThatThrownBy(() -> this.jdbc.update(
				"insert into trajectory (title, variant, status, created_at, changed_at) values ('Oud', 'FULL', 'CONCEPT', now(), now())"))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	private static Set<String> quoted(String sql) {
		Matcher matcher = QUOTED.matcher(sql);
		Set<String> values = new LinkedHashSet<>();
		while (matcher.find()) {
			values.add(matcher.group(1));
		}
		return values;
	}

	private static Set<String> names(Class<? extends Enum<?>> type) {
		return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toSet());
	}

}
