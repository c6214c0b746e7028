package org.commonplace.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.commonplace.access.Viewer;
import org.commonplace.forum.control.PainPoints;
import org.commonplace.forum.control.Replies;
import org.commonplace.forum.control.Threads;
import org.commonplace.forum.entity.Board;
import org.commonplace.identity.control.Viewers;
import org.commonplace.identity.entity.Account;
import org.commonplace.library.control.Library;

import java.util.List;

/** Demo conversations: a welcome thread, shared pain points with endorsements, a win. */
@ApplicationScoped
public class DemoForum {
    @PersistenceContext(unitName = "commonplace")
    EntityManager em;

    @Inject Viewers viewers;
    @Inject Threads threads;
    @Inject Replies replies;
    @Inject PainPoints painPoints;
    @Inject Library library;

    /** Joins the demo loader's transaction; goes through the same services as people do. */
    void load(long cohortA, long cohortB, Account mentor1, Account mentor2, Account partner1, Account partner2, Account partner3) {
        Viewer m1 = viewers.of(mentor1), m2 = viewers.of(mentor2);
        Viewer p1 = viewers.of(partner1), p2 = viewers.of(partner2), p3 = viewers.of(partner3);

        long welcome = threads.start(m1, board(cohortA, "general"), new Threads.NewThread("Welcome to Cohort A",
                "Hello everyone, and welcome! Over the next months we will meet every other Thursday.\n\n"
                        + "Please **introduce your organisation** here: who you serve, and one thing you hope to get out of the programme.",
                "DISCUSSION", List.of("introductions")));
        replies.reply(p1, welcome, "Hi all, Pat from **Northside Youth Network**. We run after-school clubs for 300 young people "
                + "and want to stop drowning in spreadsheets.", null);
        replies.reply(p2, welcome, "Priya here, from the *Open Data Collective*. We help councils publish data people can use. "
                + "Hoping to learn how others run volunteer programmes.", null);

        long volunteers = threads.start(p1, board(cohortA, "pain-points"), new Threads.NewThread(
                "Volunteers drop out after the first month",
                "About half of our new volunteers stop coming after four weeks. Exit conversations say \"I didn't know what to do\".\n\n"
                        + "- [x] asked the last ten leavers why\n- [ ] tried a buddy system\n\nHas anyone found onboarding that sticks?",
                "PAIN_POINT", List.of("volunteers", "retention")));
        painPoints.endorse(p1, volunteers);
        painPoints.endorse(p2, volunteers);
        replies.reply(p2, volunteers, "Same here. We now give every new volunteer one small task in week one, and it helps a bit.", null);
        replies.reply(m1, volunteers, "Two things that worked elsewhere: a named buddy for the first month, and a 15-minute check-in call in week three.", null);

        long impact = threads.start(p2, board(cohortA, "pain-points"), new Threads.NewThread(
                "We cannot show the impact of our workshops",
                "Funders ask for outcomes, but all we count is attendance. What do you measure, and how?",
                "PAIN_POINT", List.of("impact", "data")));
        painPoints.endorse(p2, impact);

        threads.start(p2, board(cohortA, "wins-and-lessons"), new Threads.NewThread("Our first open data release is out",
                "After three months of cleaning we published the city's playground inventory.\n\n"
                        + "| What | Count |\n|---|---|\n| Playgrounds | 142 |\n| Fixed after reports | 17 |\n\n"
                        + "Lesson: publish early, the corrections come from the users.",
                "DISCUSSION", List.of("open-data")));

        long hello = threads.start(p3, board(cohortB, "general"), new Threads.NewThread("Hello from the Harbour Women's Centre",
                "We offer advice and courses to women in the harbour district. Glad to be here!", "DISCUSSION", List.of()));
        replies.reply(m2, hello, "Welcome, Hana! Looking forward to working with you.", null);

        library.add(m1, new Library.NewResource("Volunteer onboarding checklist",
                "A one-page checklist for a volunteer's first four weeks: buddy, first task, check-in call.",
                "## Week one\n\n- [ ] Name a buddy\n- [ ] Give one small task\n\n## Week three\n\n- [ ] 15-minute check-in call",
                null, List.of("volunteers", "onboarding"), "TEMPLATE", "en", "PUBLIC", null, false));
        library.add(m1, new Library.NewResource("Measuring what workshops change",
                "A short guide to outcome measures small organisations can collect without a data team.",
                "Count **changes**, not attendance: ask three questions before and after, the same way each time.",
                "https://example.org/outcome-measures", List.of("impact", "data"), "GUIDE", "en", "PUBLIC", null, false));
        library.add(m1, new Library.NewResource("Cohort A meeting notes template",
                "The template Cohort A uses for its fortnightly calls.",
                "| Item | Who | By when |\n|---|---|---|\n| | | |", null, List.of("meetings"), "TEMPLATE", "en", "COHORT", cohortA, false));

        long laptops = threads.start(p3, board(cohortB, "pain-points"), new Threads.NewThread(
                "Keeping client data safe on shared laptops",
                "Our advisers share three laptops. How do others keep case notes private without an IT person?",
                "PAIN_POINT", List.of("data-protection")));
        painPoints.endorse(p3, laptops);
    }

    private long board(long cohortId, String slug) {
        return em.createQuery("select b from Board b where b.cohortId = :c and b.slug = :s", Board.class)
                .setParameter("c", cohortId).setParameter("s", slug).getSingleResult().id();
    }
}
