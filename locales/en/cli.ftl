# Messages of the command line.
cli-check-ok = { $file }: no problems found.
cli-wrote = wrote { $file } ({ $pages } pages).
cli-pages-need-image = --pages is for png or svg previews (a PDF always has every page).
cli-init-exists = the file already exists; not overwriting it.
cli-init-done = created { $file }; change the names and text to start your plan.
