# Labels of the official-format documents, in English (for interpreters and families abroad).
title-plan = Service-use plan
title-meeting = Pack for the service planning meeting
title-plan-child = Child support-use plan
title-draft-mark = (draft)
title-weekly = Weekly schedule
doc-title = { $title } — { $name }
field-name = Name
field-name-child = Child's name
field-support-category = Support category
field-office = Consultation support office
field-welfare-number = Welfare service certificate no.
field-copay-limit = Monthly co-payment limit
field-planner = Planner
field-community-number = Community support certificate no.
field-day-service-number = Day service certificate no.
field-guardian = Guardian (relation)
field-created = Plan date
field-created-draft = Draft date
field-start = Plan starts
field-monitoring = Monitoring (from)
field-consent = Consent signature
field-birth-date = Date of birth
monitoring-period = every { $months } months (from { $from })
monitoring-period-months = every { $months } months
consent-signed-person = signed by the person
consent-signed-representative = signed by a representative
guardian-with-relation = { $name } ({ $relation })
section-wishes = Wishes of the person and the family (the life they want)
wishes-person = Person
wishes-family = Family
section-policy = Overall support policy
section-long-term-goal = Long-term goal
section-short-term-goal = Short-term goal
section-strengths = Strengths and likes
section-supporters = Informal supporters
col-priority = Priority
col-need = Need (in the person's words)
col-goal = Support goal
col-achieve-by = Achieve by
col-services = Services
col-service-kind = Kind, content, amount (frequency, hours)
col-provider = Provider (contact, phone)
col-my-role = What the person does
col-review-at = Review
col-notes = Notes
service-informal = (informal)
service-unmet = Not in use ({ $reason })
service-unmet-since = Not in use ({ $reason }, since { $since })
unmet-no_provider = no provider
unmet-full = no place free
unmet-distance = too far, no transport
unmet-hours = hours do not fit
unmet-not_approved = not granted
unmet-cost = cost
unmet-other = other
day-mon = Mon
day-tue = Tue
day-wed = Wed
day-thu = Thu
day-fri = Fri
day-sat = Sat
day-sun-hol = Sun / hol.
weekly-daily-life = Main daily activities
weekly-non-weekly = Services not on a weekly basis
weekly-whole-picture = The life these services make possible
weekly-next-day = +1d { $time }
weekly-day-before = -1d { $time }
weekly-legend = Slots too small for their text: 
weekly-time = Time
time-range = { $from }–{ $to }
page-of = { $page } / { $total }
weekly-continued = continues on page { $page }
date = { $day } { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
} { $year }
month = { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
} { $year }
# render --wareki: these labels keep the western date. Their readers
# count years that way; an era year (Reiwa 8) would need explaining on
# every page, and the 和暦 is for the municipality's Japanese forms.
date-wareki = { date }
month-wareki = { month }
era-meiji = Meiji
era-taisho = Taishō
era-showa = Shōwa
era-heisei = Heisei
era-reiwa = Reiwa
yen = ¥{ $amount }
support-category = Level { $level }
not-written = –
consent-signed-with-date = { $signed }, { $date }
supporter-with-role = { $name }: { $role }
title-with-weekly = { $title }: { $weekly }
slot-with-service = { $label } ({ $service })
# Monitoring report
title-monitoring = Monitoring report (continuing service-use support)
title-monitoring-child = Monitoring report (continuing support for children)
title-monitoring-weekly = Weekly schedule at monitoring
field-plan-created = Plan made on
field-monitored-on = Monitored on
field-report-created = Report made on
section-overall = Overall situation
col-status = How the services went (from the providers)
col-person-view = The person's view and satisfaction
col-achievement = How far the goal was reached
col-next = Next issues and how to solve them
col-change = Does the plan need to change?
col-change-kind = Kind of service
col-change-amount = Amount of service
col-change-weekly = Weekly schedule
change-yes = Yes
change-no = No
progress-not_yet = not yet
progress-little = a little
progress-half = about half
progress-most = mostly
progress-done = reached
