# Labels of the easy-read version in English. The plan's own text stays
# Japanese (with furigana); the labels around it are English.
easy-doc-title = { $name }'s plan for daily life
easy-title = { $called }'s plan for daily life
easy-draft = This plan is not decided yet
easy-made-on = Made on: { $date }
easy-made-with = Made together with: { $planner } ({ $office })
easy-starts = Starts in: { $month }
easy-section-strengths = What I am good at and what I like
easy-section-wishes = { $called }'s wishes
easy-wishes-person = What { $called } said
easy-wishes-family = What my family wishes
easy-section-goals = What I am aiming for
easy-long-goal = In the long run
easy-short-goal = First
easy-section-needs = What I want, what is hard, and the help I get
easy-section-needs-wishes = What { $called } wants, and the help to get there
easy-section-policy = What everyone keeps in mind
easy-section-life = Life with the services
easy-non-weekly = Not every week
easy-whole-picture = The life we aim for
easy-need-number = Number { $n }
easy-goal = What I am aiming for
easy-services = Services I use
easy-informal-help = People who help me
easy-service-amount = How often: { $amount }
easy-service-provider = Who: { $provider }
easy-services-wanted = A service I want to use
easy-service-unmet = I cannot use it yet. { $why }
easy-service-unmet-since = I cannot use it yet. { $why } I have been waiting since { $month }.
easy-unmet-no_provider = No one who does it has been found yet.
easy-service-amount-wanted = When I can use it: { $amount }
easy-unmet-full = It is full: no place is free.
easy-unmet-distance = It is too far to go.
easy-unmet-hours = The times do not fit.
easy-unmet-not_approved = It is not allowed for me yet.
easy-unmet-cost = It costs too much.
easy-unmet-other = Something is in the way.
easy-my-role = What I do myself
easy-notes = Also important
easy-achieve-by = By: { $month }
easy-review-at = We check together in: { $month }
easy-section-week = My week
easy-week-note = Pictures and times show what happens each day.
easy-band-morning = Morning
easy-band-day = Afternoon
easy-band-evening = Evening
easy-band-night = Night
easy-week-next-day = Next day
easy-week-continues = goes on from the night
easy-week-free = Nothing planned
easy-section-daily = Every day
easy-section-people = People who help { $called }
easy-people-services = Services that help
easy-people-informal = People around me who help
easy-section-next = When we check together next
easy-monitoring-every = We check together once every { $months } months.
easy-monitoring-from = The first time is { $month }.
easy-monitoring-why = We talk about what goes well and what to change.
easy-section-consent = Is this plan all right?
easy-consent-intro = Read it carefully and tick one box.
easy-consent-other-ways = If writing is hard, you can say it, point, or use a letter board or a computer.
easy-consent-ok = This plan is all right
easy-consent-change = I want to change something
easy-consent-name = { $called }'s name or own mark
easy-consent-representative = Name of the person signing for me
easy-consent-date = Date
easy-consent-ask = If something is not clear, ask { $planner } at any time.
easy-consent-ask-office = If something is not clear, ask { $office } at any time.
easy-consent-phone = Phone { $phone }
easy-consent-change-hint = Write or draw what you want to change.
easy-consent-not-yet = I do not understand it yet
easy-consent-not-yet-note = We will read it again together.
easy-checked-with = Checked together with: { $planner } ({ $office })
easy-section-glossary = Words explained
easy-credit = Pictograms: OpenMoji (openmoji.org) CC BY-SA 4.0
easy-page = { $page } / { $total }
easy-date = { $weekday } { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }
easy-month = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }
easy-date-wareki = { easy-date }
easy-month-wareki = { easy-month }
easy-weekday-1 = Monday
easy-weekday-2 = Tuesday
easy-weekday-3 = Wednesday
easy-weekday-4 = Thursday
easy-weekday-5 = Friday
easy-weekday-6 = Saturday
easy-weekday-7 = Sunday
easy-day-mon = Mon
easy-day-tue = Tue
easy-day-wed = Wed
easy-day-thu = Thu
easy-day-fri = Fri
easy-day-sat = Sat
easy-day-sun-hol = Sun, holidays
easy-time = { $hour }{ $minute ->
    [0] {""}
   *[other] :{ $minute2 }
} { $half }
easy-am = am
easy-pm = pm
easy-noon = pm
easy-midnight = am
easy-time-from = from { $time }
easy-time-to = to { $time }
easy-next-day = { $time } next day
easy-photo-alt = Photo of { $name }
easy-person-san = { $name }
# Monitoring (easy read)
easy-monitoring-doc-title = { $name }: how is the plan going?
easy-monitoring-title = { $months ->
    [0] How did it go?
   *[other] How did the last { $months } months go?
}
easy-monitoring-for = We looked at { $called }'s plan together
easy-monitored-on = We looked on: { $date }
easy-monitoring-overall = How things are overall
easy-monitoring-goals = What you were working on
easy-monitoring-goals-some = This time we looked at { $count } of the { $total } goals in your plan ({ $numbers }). The other goals stay as the plan says.
easy-monitoring-goal-number = Goal { $n }
easy-monitoring-person-view = What { $called } said
easy-monitoring-status = How the services went
easy-monitoring-how-far = How far it got
easy-progress-not_yet = not started yet
easy-progress-little = a little
easy-progress-half = about half
easy-progress-most = nearly all
easy-progress-done = done
easy-progress-scale = { $step } of 5
easy-monitoring-next = What comes next
easy-monitoring-changes = What will change
easy-monitoring-new-week = Your week from now on
easy-change-kind = The kind of service changes
easy-change-amount = The time or number of visits changes
easy-change-weekly = The weekly plan changes
easy-change-none = The services stay the same
easy-monitoring-no-changes = The services go on as they are
easy-monitoring-consent = Is this right?
easy-monitoring-consent-ok = Yes, this is right
easy-monitoring-consent-change = Something is not right
easy-monitoring-consent-change-hint = Write or draw what is not right.
