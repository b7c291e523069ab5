# Messages of the command line.
cli-check-ok = { $file }: no problems found.
cli-wrote = wrote { $file } ({ $pages } pages).
cli-pages-need-image = --pages is for png or svg previews (a PDF always has every page).
cli-init-done = created { $file }; change the names and text to start your plan.
cli-batch-rendered = rendered { $file }
cli-batch-skipped = unchanged, skipped { $file }
cli-batch-failed = failed: { $file }
cli-batch-summary = { $rendered } rendered, { $skipped } unchanged, { $failed } failed.
cli-watch-watching = watching { $file }; it is rendered again whenever it changes (Ctrl+C to stop).
cli-watch-kept = the files rendered before are kept.
cli-templates-not-a-folder = --templates needs a folder.
cli-ppi-out-of-range = --ppi must be a number from 1 to 1200 (about 144 for screens, 300 for print).
