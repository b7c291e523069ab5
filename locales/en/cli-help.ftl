# The command line's help and clap's errors (see src/i18n.rs).
#
# Ids: cli-about[-<command>] for commands, cli-arg[-<command>]-<arg> for
# arguments (cli-arg-<arg> for the shared render options and the top level),
# cli-value-<arg>-<value> for possible values; the rest are fixed by i18n.rs.
# The program adds the colon after headings and the "-h, --help" columns.

## Headings

cli-heading-usage = Usage
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-heading-commands = Commands

## Built-in flags and the help subcommand

cli-help-flag = Print help
cli-help-flag-more = Print help (see more with '--help')
cli-help-flag-summary = Print help (see a summary with '-h')
cli-version-flag = Print version
cli-about-help = Print this message or the help of the given subcommand(s)
cli-arg-help-command = Print help for the subcommand(s)

## Added to an argument's help

cli-help-default = [default: { $value }]
cli-help-possible-values = [possible values: { $values }]
cli-help-possible-values-heading = Possible values:

## Commands and their arguments

cli-about = yomeru: turns a service-use plan (サービス等利用計画) into PDFs the person can read.
cli-arg-lang = Language of messages (ja, en); the documents' labels follow --document-lang or the plan's language:

cli-about-render = Render plan files to PDF (or PNG/SVG page previews).
cli-arg-render-plans = Plan files (.yaml, .yml, .json, .toml)
cli-arg-render-output = Output folder

cli-about-batch = Render every plan under folders (recursively) in parallel, skipping plans whose inputs have not changed; outputs mirror the input tree.
cli-arg-batch-inputs = Folders and plan files
cli-arg-batch-output = Output folder
cli-arg-batch-force = Render every plan even if its outputs are up to date
cli-arg-batch-jobs = Worker threads (default: all cores)

cli-about-watch = Render a plan, then again whenever it or its photos change; a failed render keeps the last good files.
cli-arg-watch-plan = The plan file
cli-arg-watch-output = Output folder
cli-arg-watch-interval = Seconds between checks for changes

cli-about-check = Check plan files without rendering.
cli-arg-check-plans = Plan files
cli-arg-check-stdin = Score text from standard input instead, one paragraph per line
cli-arg-check-format = Output format
cli-value-check-format-text = for people
cli-value-check-format-json = for machines
cli-arg-check-max-sentence = Flag sentences longer than this many characters
cli-about-plain = Suggest plain wording for the text the easy version would print in its formal wording.
cli-arg-plain-plans = Plan files
cli-arg-plain-stdin = Rewrite text from standard input instead, one paragraph per line
cli-arg-plain-format = Output format
cli-value-plain-format-text = for people
cli-value-plain-format-json = for machines
cli-arg-plain-write = Write the suggestions into each file's plain where it has none (comments, key order and layout stay)

cli-about-schema = Print the JSON Schema of the plan format.

cli-about-furigana = Read UTF-8 text on standard input and print each line with its readings.
cli-arg-furigana-output = Output format
cli-value-furigana-output-hiragana = the whole line in hiragana
cli-value-furigana-output-html = <ruby> markup
cli-value-furigana-output-typst = Typst ruby calls
cli-arg-furigana-furigana = Which words get ruby in html/typst output: all, none or grade:1 … grade:6

cli-about-pictograms = List the pictures a plan can name (pictogram:), or those a word finds; with --sheet, print them as a PDF catalogue.
cli-arg-pictograms-word = A Japanese or English word, a reading or an id (家, いえ, house)
cli-arg-pictograms-sheet = Write a printable PDF catalogue (pictures, names, words) instead
cli-arg-pictograms-output = Folder for the catalogue
cli-arg-pictograms-monochrome = The catalogue in black line art

cli-about-init = Write a blank plan file to start from, with the official form's words beside each key, named after the person.
cli-arg-init-name = The person's name: written into the file, which is named after it (山田 花子 → 山田_花子.yaml); without it, plan.yaml
cli-arg-init-kind = The document
cli-value-init-kind-plan = サービス等利用計画 (the plan)
cli-value-init-kind-plan-draft = サービス等利用計画案 (the draft)
cli-value-init-kind-monitoring = モニタリング報告書 (a monitoring report; its rows are the needs of the plan file beside it, if there is one)
cli-arg-init-child = A 障害児支援利用計画 (a child's plan: guardian, 通所受給者証番号)
cli-arg-init-output = Folder to write into (default: the current folder)

## Render options (render, batch, watch)

cli-arg-format = Output format
cli-value-format-pdf = PDF documents
cli-value-format-png = PNG images of the pages, for previews
cli-value-format-svg = SVG images of the pages, for previews
cli-arg-ppi = Resolution of PNG pages in pixels per inch
cli-arg-templates = Folder with customised templates (files missing there come from the built-in set)
cli-arg-variant = Which document
cli-value-variant-official = the official forms (計画・週間計画表)
cli-value-variant-easy = the easy-read version (わかりやすい版)
cli-value-variant-all = both, as separate PDFs
cli-value-variant-meeting = the easy version, then the official documents, in one PDF for a サービス担当者会議
cli-arg-furigana = Readings above kanji: none, all, or grade:N (only kanji not taught by school grade N). Default: none for official, all for easy
cli-arg-wakachi = Put a space between 文節 (分かち書き)
cli-arg-monochrome = Pictograms in black line art, for black-and-white printing
cli-arg-paper = Paper size
cli-value-paper-a4 = A4
cli-value-paper-a3 = A3: everything √2 larger, for meetings
cli-arg-large-print = Large print: easy version body 18 pt, official text 14 pt (reflowed, not scaled)
cli-arg-duplex = For two-sided printing: each document starts on a right-hand page
cli-arg-pdf-standard = PDF standard
cli-value-pdf-standard-ua-1-a-2a = PDF/UA-1 and PDF/A-2a: accessible and archival (recommended)
cli-value-pdf-standard-ua-1 = PDF/UA-1 only
cli-value-pdf-standard-none = no declared standard (still tagged)
cli-arg-pages = Pages for png/svg previews, e.g. 1 or 1-2,4 (default: all)
cli-arg-require-plain = Refuse to write an easy version that would print formal text where a field has no plain wording (each such field is named)
cli-arg-wareki = Print dates and months in the Japanese era calendar (令和8年4月1日, 令和8年5月); English and other non-Japanese labels keep western dates
cli-arg-document-lang = Language of the documents' labels (ja, en, pt), over the plan's language:; messages follow --lang
cli-arg-render-emit-typst = Also write the generated Typst source and its files (fonts aside) into this folder, one subfolder per document, to compile with the typst CLI

## Errors

cli-error = error:
cli-error-tip = tip:
cli-error-try-help = For more information, try '{ $command }'.
cli-error-unknown-argument = unexpected argument '{ $arg }' found
cli-error-unknown-subcommand = unrecognized subcommand '{ $subcommand }'
cli-error-invalid-value = invalid value '{ $value }' for '{ $arg }'
cli-error-value-missing = a value is required for '{ $arg }' but none was supplied
cli-error-possible-values = [possible values: { $values }]
cli-error-value-validation = invalid value '{ $value }' for '{ $arg }': { $reason }
cli-error-too-many-values = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
cli-error-too-few-values = { $min } values required by '{ $arg }'; only { $actual } given
cli-error-wrong-number-of-values = { $expected } values required for '{ $arg }' but { $actual } given
cli-error-no-equals = equal sign is needed when assigning values to '{ $arg }'
cli-error-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
cli-error-conflict-many = the argument '{ $arg }' cannot be used with:
cli-error-conflict-any = the argument '{ $arg }' cannot be used with one or more of the other specified arguments
cli-error-used-twice = the argument '{ $arg }' cannot be used multiple times
cli-error-subcommand-conflict = the subcommand '{ $subcommand }' cannot be used with '{ $other }'
cli-error-subcommand-conflict-many = the subcommand '{ $subcommand }' cannot be used with:
cli-error-subcommand-conflict-any = the subcommand '{ $subcommand }' cannot be used with one or more of the other specified arguments
cli-error-missing-required = the following required arguments were not provided:
cli-error-missing-subcommand = '{ $command }' requires a subcommand but one was not provided
cli-error-possible-subcommands = [subcommands: { $values }]
cli-error-invalid-utf8 = invalid UTF-8 was detected in one or more arguments
cli-error-tip-similar-argument = a similar argument exists: '{ $suggestion }'
cli-error-tip-similar-subcommand = a similar subcommand exists: '{ $suggestion }'
cli-error-tip-similar-value = a similar value exists: '{ $suggestion }'
cli-error-tip-subcommand-argument = '{ $suggestion }' exists
cli-error-tip-after-dashes = to pass '{ $value }' as a value, use '{ $example }'
cli-error-tip-remove-dashes = subcommand '{ $subcommand }' exists; to use it, remove the '--' before it

## Why a value was refused (the end of cli-error-value-validation)

cli-reason-not-integer = expected a whole number
cli-reason-integer-too-large = the number is too large
cli-reason-integer-too-small = the number is too small
cli-reason-not-number = expected a number such as 144 or 0.5
cli-reason-furigana = expected all, none or grade:1 … grade:6
cli-reason-pages-syntax = "{ $part }" is not a page number or a range; write e.g. 1 or 1-2,4
cli-reason-pages-backwards = the range "{ $part }" runs backwards; write the lower page first, e.g. 1-3
cli-reason-pages-too-large = "{ $part }" goes past page { $max }; no plan has that many pages.
cli-about-serve = Open the editor: a page in the browser, on this computer only, to write and read the plans of a folder together.
cli-arg-serve-dir = The caseload folder (default: the current folder)
cli-arg-serve-port = The port (default: a free one)
cli-arg-serve-no-open = Print the address without opening the browser
cli-serve-open = Open this address in a browser (it works on this computer only). Press Ctrl-C to stop.
cli-about-due = List, per person, what is due in a month across a caseload: monitorings due or late, certificate periods ending or ended.
cli-arg-due-dirs = Caseload folders (or plan files)
cli-arg-due-month = The month (2026-07); default: this month
cli-arg-due-format = Output format
cli-value-due-format-text = Text for people
cli-value-due-format-json = JSON for other programs
cli-value-due-format-csv = CSV for a spreadsheet
cli-arg-due-ics = Also write the monitorings and certificate ends to a calendar file (iCalendar)
cli-about-report = Write the report of regional gaps (地域課題) for the 協議会 from a caseload: a PDF with charts and the same figures as CSV, with no names or numbers.
cli-arg-report-dirs = Caseload folders (or plan files)
cli-arg-report-output = Folder for report.pdf and report.csv
cli-arg-report-format = pdf: write the PDF and the CSV; json: print the figures
cli-value-report-format-pdf = The PDF and CSV files
cli-value-report-format-json = The figures as JSON
cli-arg-report-from = First month of the period (2026-04)
cli-arg-report-to = Last month of the period (2027-03); months waited are counted up to it (default: this month)
cli-arg-report-min-count = Counts under this are hidden
cli-arg-report-emit-typst = Also write the report's Typst source (main.typ) into this folder, to compile with the typst CLI
