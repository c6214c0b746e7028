package org.commonplace.access;

import org.commonplace.platform.problem.NotAllowed;
import org.commonplace.platform.problem.NotSignedIn;
import org.commonplace.platform.problem.NotVisible;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The role checks every boundary relies on. */
class AccessTest {
    final Access access = new Access();
    final Viewer coordinator = new Viewer(1L, "coordinator", "Cora", Role.COORDINATOR, null, Set.of());
    final Viewer mentorOfA = new Viewer(2L, "mentor1", "Mina", Role.MENTOR, null, Set.of(10L));
    final Viewer partnerOfB = new Viewer(3L, "partner3", "Hana", Role.PARTNER, 7L, Set.of(20L));

    @Test
    void members_see_their_own_cohorts_and_coordinators_see_all() {
        assertThat(access.maySeeCohort(mentorOfA, 10L)).isTrue();
        assertThat(access.maySeeCohort(mentorOfA, 20L)).isFalse();
        assertThat(access.maySeeCohort(partnerOfB, 10L)).isFalse();
        assertThat(access.maySeeCohort(coordinator, 10L)).isTrue();
        assertThat(access.maySeeCohort(Viewer.ANONYMOUS, 10L)).isFalse();
    }

    @Test
    void a_cohort_outside_ones_own_is_not_found_rather_than_forbidden() {
        assertThatThrownBy(() -> access.requireCohortVisible(partnerOfB, 10L)).isInstanceOf(NotVisible.class);
        assertThatThrownBy(() -> access.requireCohortVisible(Viewer.ANONYMOUS, 10L)).isInstanceOf(NotSignedIn.class);
    }

    @Test
    void only_coordinators_manage_programmes_and_invite() {
        assertThat(access.mayManageProgrammes(coordinator)).isTrue();
        assertThat(access.mayInvite(mentorOfA)).isFalse();
        assertThatThrownBy(() -> access.requireCoordinator(mentorOfA)).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> access.requireCoordinator(Viewer.ANONYMOUS)).isInstanceOf(NotSignedIn.class);
    }
}
