# Messages of the command line.
cli-check-found = { $file }: the plan is valid; { $findings } readability findings and { $readings } readings to confirm (listed above).
cli-check-ok = { $file }: no problems found.
cli-plain-formal = formal:
cli-plain-suggestion = plain: 
cli-plain-flag-unknown-word = left as it was: “{ $sentence }” (no reading known for “{ $word }”; give one in the plan's readings and it will be rewritten)
cli-plain-flag-honorific = left as it was: “{ $sentence }” (“{ $word }” is a respectful word that can mean to be, come, go, ask or eat, and the sentence does not say which; write it in everyday words)
cli-plain-flag-double-negation = left as it was: “{ $sentence }” (“{ $word }” is a double negative with no plain way to say it that keeps its meaning; say it once, positively)
cli-plain-found = { $file }: { $fields } suggestions. Write them into plain with --write if they read well.
cli-plain-none = { $file }: no text is printed in its formal wording.
cli-plain-written = { $file }: { $written } of { $fields } suggestions written into plain. Read and correct them before use.
cli-wrote = wrote { $file } ({ $pages } pages).
cli-pages-need-image = --pages is for png or svg previews (a PDF always has every page).
cli-init-done = created { $file }; fill in the "" values and whatever else you want printed (the comments after # name the official form's fields), then check it with yomeru check { $file }.
cli-init-name-path = a name cannot contain "/" or "\" (it becomes the file name); give the folder to write into with -o FOLDER.
cli-init-name-bad = the name holds a character a file name cannot (< > : " | ? *, an invisible control character, or a leading "."); give the name only.
cli-batch-rendered = rendered { $file }
cli-batch-skipped = unchanged, skipped { $file }
cli-batch-failed = failed: { $file }
cli-batch-summary = { $rendered } rendered, { $skipped } unchanged, { $failed } failed.
cli-watch-watching = watching { $file }; it is rendered again whenever it changes (Ctrl+C to stop).
cli-watch-kept = the files rendered before are kept.
cli-templates-not-a-folder = --templates needs a folder.
cli-ppi-out-of-range = --ppi must be a number from 1 to 1200 (about 144 for screens, 300 for print).
cli-pictograms-header = id	Japanese	reading	English	words
cli-pictograms-none = no picture is called “{ $word }”; `yomeru pictograms` lists them all.
cli-pictograms-closest = no picture is called “{ $word }”; closest: { $names }
# The printable catalogue (yomeru pictograms --sheet).
sheet-title = Pictograms
sheet-intro = In a plan, write pictogram: with the id in blue, or a Japanese or English name or word (e.g. pictogram: house). A text without one gets the picture its words call for.
sheet-credit = Pictograms: OpenMoji (openmoji.org) CC BY-SA 4.0. Some names and words: Unicode CLDR
cli-month-bad = Write the month as 2026-07 (four-digit year, month; or in the Japanese era, 令和8年7月).
cli-due-month = { $month ->
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
cli-due-heading = To do in { $month }: { $n } { $n ->
    [one] person
   *[other] people
} (from { $files } plan files)
cli-due-none = Nothing to do in { $month } ({ $files } plan files read).
cli-due-monitoring-now = Monitoring: { $month } (this month)
cli-due-monitoring-late = Monitoring: { $month } (past, no report yet)
cli-due-certificate-ending = Certificate period: until { $month } (prepare the renewed plan)
cli-due-certificate-ended = Certificate period: ended in { $month } (no renewed plan)
cli-due-unreadable = { $n } files could not be read and are not counted (listed above). Mend them and their people's dates show too.
cli-due-ics = Wrote the calendar file { $file } (it holds people's names: keep it in the office).
cli-due-ics-name = yomeru monitoring and renewals
cli-due-ics-monitoring = Monitoring: { $name }
cli-due-ics-certificate = Certificate period ends: { $name }
cli-wrote-file = Wrote { $file }.
cli-period-backwards = The --to month is before the --from month: give the start of the period with --from and its end with --to.
