# The regional gaps (地域課題) report for the 協議会 (`yomeru report`).
report-title = Regional gaps report
report-subtitle = What the consultation support plans show is missing in the region
report-offices = Consultation support offices: { $offices }
report-offices-more = { $offices } and { $n } more
report-list-separator = {", "}
report-month = { $month ->
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
report-period = Period: { $from } to { $to } (months unusable counted up to { $as_of })
report-period-all = Period: all plans (months unusable counted up to { $as_of })
report-summary-heading = Summary
report-summary-people = People counted: { $people } (children { $children }, adults { $adults })
report-summary-unmet = People with a service they cannot use as planned: { $n } ({ $share } of those counted)
report-summary-kinds = Services most people cannot use: { $kinds }
report-summary-wait = How long most have been unusable: { $band } ({ $n })
report-summary-topics = Topics named most: { $topics }
report-kind-count = { $kind } { $n }
report-how-heading = How this report was made
report-how = From { $plans } plans (each person's latest) and { $reports } monitoring reports of them (for services usable since and new regional gaps), each person was counted once. No name, certificate number, birth date or phone number was used. Services are counted by their names in the catalogue only; any other kind is counted as "other services".
report-how-threshold = Where fewer than { $k } people are counted, the report says "fewer than { $k }" or puts them together with others. Counts of { $k } or more that would give such a number back by subtraction say "withheld".
report-how-quotes = Words on regional gaps are quoted only where the specialist marked them "may be quoted". Words with a person's name, a number or a date are not quoted.
report-left-heading = What was left out or put together
report-left-unreadable = Plan files that could not be read: { $n }
report-left-plans = Plans not counted (the person has a later plan, or not in force in the period): { $n }
report-left-not-shared = Words on regional gaps not marked "may be quoted": { $n } (counted in their topic)
report-left-names = Words not quoted because they name a person: { $n }
report-left-numbers = Words not quoted because they hold a number or a date: { $n }
report-left-hidden-topics = Words not quoted because their topic's count is hidden: { $n }
report-left-areas = Areas with few people, put together as "other areas": { $n }
report-left-kinds = Services with few people, put together as "other services": { $n }
report-people = People counted
report-children = Children (障害児支援利用計画)
report-adults = Adults (サービス等利用計画)
report-unit = { $n }
report-unit-services = { $n }
report-under = fewer than { $k }
report-withheld = withheld
report-none = —
report-unmet-heading = Services needed but not usable
report-unmet-intro = Services people need but cannot use as planned, in people. A person who cannot use two services counts in both. Services and reasons with fewer than { $k } people are put together as "other services" and "other reasons".
report-unmet-none = No plan has a service it cannot use.
report-unmet-table = Table 1. People by kind of service, and why
report-col-kind = Kind of service
report-col-reasons = Reasons
report-col-people = People
report-col-median = Months unusable (median)
report-median-note = "—": fewer than { $n } people's plans say since when, so no median is given.
report-months = { $n } months
report-kind-other = Other services (few people, or not in the catalogue)
report-reason-others = reasons with few people, together
report-area-heading = People by area
report-area-other = Other areas, or no area written
report-wait-heading = How long services have been unusable
report-wait-intro = Services whose plan says since when they are unusable, by months (a person with two counts twice).
report-wait-band = { $from } to { $to } months
report-wait-band-open = { $from } months or more
report-issues-heading = Regional gaps, by topic (people)
report-issues-intro = The regional gaps the specialists wrote in plans, by topic, in people. A person whose plan names several topics counts in each.
report-issues-none = No plan names a regional gap.
report-quotes = The specialists' words: { $topic }
report-quote = "{ $text }"
report-topic-housing = Housing
report-topic-mobility = Getting around
report-topic-daytime = Daytime activities
report-topic-work = Work
report-topic-respite = Short stays and respite
report-topic-medical = Medical care
report-topic-child = Children and school
report-topic-crisis = Emergencies and nights
report-topic-information = Information and advice
report-topic-other = Other
report-csv-section = Figure
report-csv-item = Of
report-csv-detail = Detail
report-csv-count = Count (as printed)
report-csv-number = Count (number)
report-csv-period = Period
report-csv-unmet-people = People with a service they cannot use
report-reasons-small = (not by reason: some reasons have fewer than { $k })
report-area-note = The people with a service they cannot use are not given by area: with the area's total they would tell how many have none.
report-reasons-heading = People by reason
report-reasons-intro = All services together, people by why they cannot use one. A person with two reasons counts in both.
