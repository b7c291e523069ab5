# Messages of the command line.
cli-check-ok = { $file }: 問題ありません。
cli-wrote = { $file } を書き出しました（{ $pages }ページ）。
cli-pages-need-image = --pages は --format png または svg のプレビューで使います（PDF は全ページを書き出します）。
cli-init-exists = すでにファイルがあります。上書きしません。
cli-init-done = { $file } を作りました。名前や内容を書き換えて使ってください。
