/**
 * National dialogue projects (issue 17, decision 45): many small dialogues across the
 * country between the roles of foster care. A project IS a trajectory without a region
 * ({@link nl.nvp.goedegesprek.trajectory.ProjectTrajectories}): its page, steps, team,
 * outputs, closing and retention are the trajectory's. This module keeps what a project
 * needs beyond that (period, the roles that make up a dialogue, a target number of
 * dialogues) and its pages. By use case: {@code setup} (the list {@code /projecten},
 * making and changing a project, its card on the trajectory page, the demo project);
 * {@code signup} (participants sign up once for a project: availability, double opt-in,
 * their personal link, the coordinators' list); {@code grouping} (the assistant that
 * proposes dialogue groups from sign-ups, decision 46); {@code placement} (the
 * coordinators' grouping page: the assistant's proposal as a draft, moves, and confirming
 * a group, which registers its members through the meeting module, decision 49);
 * {@code dialogue} (a dialogue's facilitator link: the remarks by role and the attendance
 * its facilitator records, and the coordinators' report page of a dialogue);
 * {@code codebook} (the project's themes, coding the dialogues' remarks with them, and
 * the analysis by theme, decision 47; it uses the harvest module's topic catalogue);
 * {@code advice} (advice per theme, published as one output, decision 48). Depends on the
 * trajectory, meeting (its {@code ParticipantRole}), region, account, harvest, output,
 * actionplan and shared APIs; the meeting module must not depend on it (a cycle).
 */
@org.springframework.modulith.ApplicationModule(displayName = "National projects")
package nl.nvp.goedegesprek.project;
