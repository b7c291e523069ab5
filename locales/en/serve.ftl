## yomeru serve: the API's messages and the page's words (page-*).

serve-syntax = This file has a syntax error and cannot be opened as a form. Mend the lines below in a text editor.
serve-not-plan = This is not a plan (a map of keys and values).
serve-stale = This file was changed elsewhere (another tab, a text editor) after it was opened. Nothing was overwritten.
serve-rewrite = Saving this file cannot keep some of its hand-written comments or layout. Confirm to save (the previous content stays in the history).
serve-new-yaml = A new plan's file name must end in .yaml.
serve-exists = A file of that name exists. Choose another name.
serve-from-not-plan = The plan to start from cannot be read or is not a plan (a monitoring report cannot be a start).
serve-cannot-render = The plan has errors, so its pages cannot be made. Fix the errors first.

page-title-caseload = Caseload
page-title-editor = Plan
page-title-reading = Read together
