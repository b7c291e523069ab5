# Messages of the command line.
cli-check-found = { $file }: 計画ファイルの誤りはありません。読みやすさの指摘が { $findings } 件、確かめてほしい読みが { $readings } 件あります（上に一覧があります）。
cli-check-ok = { $file }: 問題ありません。
cli-wrote = { $file } を書き出しました（{ $pages }ページ）。
cli-pages-need-image = --pages は --format png または svg のプレビューで使います（PDF は全ページを書き出します）。
cli-init-done = { $file } を作りました。「""」の項目と、書きたい項目を書いてください（「#」のあとの説明が公式様式の欄の名前です）。書けたら yomeru check { $file } で確かめます。
cli-init-name-path = 名前に「/」や「\」は使えません（ファイルの名前になります）。ファイルを作るフォルダは -o フォルダ で指定します。
cli-init-name-bad = 名前に、ファイルの名前に使えない文字（< > : " | ? * や見えない制御文字、先頭の「.」）があります。名前だけを書いてください。
cli-batch-rendered = 出力しました：{ $file }
cli-batch-skipped = 変更がないので飛ばしました：{ $file }
cli-batch-failed = 失敗しました：{ $file }
cli-batch-summary = 出力 { $rendered } 件、変更なし { $skipped } 件、失敗 { $failed } 件。
cli-watch-watching = { $file } を見張っています。変更があるたびに出力します（止めるときは Ctrl+C）。
cli-watch-kept = 前に出力したファイルはそのままです。
cli-templates-not-a-folder = --templates にはフォルダを指定してください。
cli-ppi-out-of-range = --ppi は 1 から 1200 までの数にしてください（画面で見るなら 144、印刷なら 300 くらい）。
cli-pictograms-header = id	日本語の名前	よみ	英語	言葉
cli-pictograms-none = 「{ $word }」に当たる絵はありません。yomeru pictograms で全部の一覧を見られます。
cli-pictograms-closest = 「{ $word }」に当たる絵はありません。近いもの: { $names }
# The printable catalogue (yomeru pictograms --sheet).
sheet-title = ピクトグラム一覧
sheet-intro = 計画の pictogram: には、青い字の名前（id）か、日本語・英語の名前や言葉を書きます（例: pictogram: 家）。言葉が書いていない項目には、その文の言葉から絵を選びます。
sheet-credit = ピクトグラム：OpenMoji (openmoji.org) CC BY-SA 4.0　名前と言葉の一部：Unicode CLDR
