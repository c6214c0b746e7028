package org.commonplace.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.commonplace.access.Viewer;
import org.commonplace.identity.control.Viewers;
import org.commonplace.identity.entity.Account;
import org.commonplace.workspace.control.Agreements;
import org.commonplace.workspace.control.Drafts;
import org.commonplace.workspace.control.Goals;
import org.commonplace.workspace.control.Journal;
import org.commonplace.workspace.control.Messages;
import org.commonplace.workspace.control.Plan;
import org.commonplace.workspace.control.Workspaces;
import org.commonplace.workspace.meeting.control.Meetings;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The demo pairs of shared/API.md: mentor1 with partner1 (Northside Youth Network) and mentor2 with
 * partner3 (Harbour Women's Centre), with an agreement, messages, a shared draft in two versions,
 * goals, a plan, a meeting and journal entries. Goes through the same services as people do.
 */
@ApplicationScoped
public class DemoWorkspaces {
    @Inject Viewers viewers;
    @Inject Workspaces workspaces;
    @Inject Agreements agreements;
    @Inject Messages messages;
    @Inject Drafts drafts;
    @Inject Goals goals;
    @Inject Plan plan;
    @Inject Journal journal;
    @Inject Meetings meetings;

    /** Joins the demo loader's transaction. */
    void load(Account coordinator, Account mentor1, Account mentor2, Account partner1, Account partner3, LocalDate today) {
        Viewer c = viewers.of(coordinator);
        Viewer m1 = viewers.of(mentor1), m2 = viewers.of(mentor2), p1 = viewers.of(partner1), p3 = viewers.of(partner3);

        long north = workspaces.create(c, new Workspaces.NewPair("mentor1", List.of("partner1"), null, null));
        var agreement = agreements.revise(m1, north, "A video call every other Thursday at 4 pm; messages answered within two working days.",
                "Pat brings one concrete question to each call and tries things out between calls.",
                "Mina answers honestly, shares templates that worked elsewhere, and says when something is beyond her experience.");
        agreements.confirm(p1, north, agreement.revision());
        workspaces.changeAspirations(p1, north, "In a year, Northside runs its clubs from **one shared register** instead of twelve spreadsheets.");
        messages.post(m1, north, "Hi Pat! Welcome to our workspace. Could you share the list of spreadsheets you use today? "
                + "Then we can see which ones to merge first.", List.of());
        messages.post(p1, north, "Hi Mina, here it is: attendance (one per club), volunteers, consent forms and the kit inventory. "
                + "The attendance ones hurt most.", List.of());
        messages.post(m1, north, "Thanks! Let's start with attendance. I drafted a one-page plan in *Documents*: have a look before Thursday.", List.of());
        long draft = drafts.create(m1, north, "Attendance register: one-page plan",
                "## Why\n\nTwelve attendance spreadsheets, no totals.\n\n## Plan\n\n1. One shared sheet per term\n2. Club leaders fill it in on the day\n");
        drafts.save(p1, north, draft, 1, "Attendance register: one-page plan",
                "## Why\n\nTwelve attendance spreadsheets, no totals, and funders ask for them every quarter.\n\n## Plan\n\n"
                        + "1. One shared sheet per term\n2. Club leaders fill it in on the day\n3. A monthly total for the board\n", "added the funders' reason and monthly totals");
        var goal = goals.create(p1, north, new Goals.GoalInput("One attendance register",
                "Replace the twelve club attendance spreadsheets with one shared register.",
                "All twelve clubs record attendance in it for a whole term.", "The club leaders already use a shared drive; the change is mostly habit.",
                "Funders ask for attendance totals every quarter, and today they take two days to compile.",
                "By the end of the summer term.", today.plusMonths(4).toString()));
        goals.addMilestone(p1, north, goal.id(), "Register template agreed", today.plusWeeks(2).toString());
        goals.addMilestone(p1, north, goal.id(), "Three pilot clubs use it", today.plusWeeks(6).toString());
        goals.addProgress(p1, north, goal.id(), "Two club leaders tried the template and liked the dropdowns.", true);
        plan.add(p1, north, new Plan.TaskInput("Draft the register template", goal.id(), partner1.id(), today.plusWeeks(1).toString(), null, null));
        plan.add(m1, north, new Plan.TaskInput("Share the consent-form example from another programme", null, mentor1.id(), null, null, null));
        meetings.schedule(m1, north, new Meetings.MeetingInput("Fortnightly call", today.plusDays(3) + "T16:00", "Europe/London", 45,
                "https://meet.example.org/northside", "1. The register template\n2. Next steps for the pilot clubs", "FORTNIGHTLY", 8));
        journal.write(m1, north, "Pat is keen but stretched thin; keep the steps small.", false);
        journal.write(p1, north, "Realised that the spreadsheets are a symptom: nobody owns attendance.", true);

        long harbour = workspaces.create(c, new Workspaces.NewPair("mentor2", List.of("partner3"), null, null));
        messages.post(m2, harbour, "Hello Hana, glad we are paired! What would make the biggest difference for the centre this spring?", List.of());
        messages.post(p3, harbour, "Hi Marek! Our course bookings are all by phone. An online booking form would free a whole day a week.", List.of());
        goals.create(p3, harbour, new Goals.GoalInput("Online course bookings",
                "Let women book our courses online, in the three languages we teach in.", "Half of the bookings come in online.",
                "A free form tool is enough to start with.", "Phone bookings take a whole staff day a week.", "Before the autumn courses open.",
                today.plusMonths(5).toString()));
        meetings.schedule(m2, harbour, new Meetings.MeetingInput("First call", today.plusDays(5) + "T10:00", "Europe/Budapest", 60,
                "Harbour Women's Centre, room 2", "Getting to know each other", "NONE", 1));
    }

    static LocalDate today(java.time.Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }
}
