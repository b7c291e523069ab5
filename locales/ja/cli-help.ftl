# コマンドラインのヘルプと、clap のエラーの文言（src/i18n.rs が使います）。
#
# id: コマンドは cli-about[-<コマンド>]、引数は cli-arg[-<コマンド>]-<引数>
# （render・batch・watch 共通のオプションと最上位の引数は cli-arg-<引数>）、
# 選べる値は cli-value-<引数>-<値>。それ以外の id は i18n.rs で決まっています。
# 見出しのあとの「:」と「-h, --help」の列はプログラムが付けます。

## 見出し

cli-heading-usage = 使い方
cli-heading-arguments = 引数
cli-heading-options = オプション
cli-heading-commands = コマンド

## 組み込みのオプションと help サブコマンド

cli-help-flag = ヘルプを表示します
cli-help-flag-more = ヘルプを表示します（くわしい説明は --help）
cli-help-flag-summary = ヘルプを表示します（要点だけなら -h）
cli-version-flag = バージョンを表示します
cli-about-help = この説明、または指定したサブコマンドの説明を表示します。
cli-arg-help-command = 説明を見たいサブコマンド

## 引数の説明のあとに付けるもの

cli-help-default = [指定しないとき: { $value }]
cli-help-possible-values = [指定できる値: { $values }]
cli-help-possible-values-heading = 指定できる値:

## コマンドと引数

cli-about = yomeru（読める）: サービス等利用計画を、ご本人が読める PDF にします。
cli-arg-lang = メッセージの言語（ja、en）。書類の見出しの言語は --document-lang か計画ファイルの language: で決まります

cli-about-render = 計画ファイルから PDF（または、ページを確認するための PNG・SVG 画像）を作ります。
cli-arg-render-plans = 計画ファイル（.yaml、.yml、.json、.toml）
cli-arg-render-output = 出力先のフォルダ

cli-about-batch = フォルダの中の計画ファイルを、下の階層も含めてまとめて出力します。変更のない計画は飛ばし、元と同じフォルダ構成で書き出します。
cli-arg-batch-inputs = フォルダまたは計画ファイル
cli-arg-batch-output = 出力先のフォルダ
cli-arg-batch-force = 出力済みで変更がない計画も、すべて出力し直します
cli-arg-batch-jobs = 同時に処理する数（指定しないときは CPU のコア数）

cli-about-watch = 計画を出力し、計画や写真が変わるたびに出力し直します。失敗したときは、前回のファイルをそのまま残します。
cli-arg-watch-plan = 計画ファイル
cli-arg-watch-output = 出力先のフォルダ
cli-arg-watch-interval = 変更を確かめる間隔（秒）

cli-about-check = 計画ファイルを出力せずに確認します。
cli-arg-check-plans = 計画ファイル
cli-arg-check-stdin = 計画ファイルの代わりに標準入力の文章を採点します（1 行を 1 段落として扱います）
cli-arg-check-format = 結果の形式
cli-value-check-format-text = 人が読むための文章
cli-value-check-format-json = ほかのプログラムで扱うための JSON
cli-arg-check-max-sentence = この文字数より長い文を指摘します
cli-about-plain = やさしい版が元の文のまま印刷する文章に、やさしい言葉の案を出します。
cli-arg-plain-plans = 計画ファイル
cli-arg-plain-stdin = 計画ファイルの代わりに標準入力の文章を書きかえます（1 行を 1 段落として扱います）
cli-arg-plain-format = 結果の形式
cli-value-plain-format-text = 人が読むための文章
cli-value-plain-format-json = ほかのプログラムで扱うための JSON
cli-arg-plain-write = 案を各ファイルの plain に書き込みます（plain がない所だけ。コメント・キーの順・書き方はそのまま）

cli-about-schema = 計画ファイルの形式（JSON Schema）を表示します。

cli-about-furigana = 標準入力から UTF-8 の文章を読み、1 行ずつ読みがなを付けて表示します。
cli-arg-furigana-output = 出力の形式
cli-value-furigana-output-hiragana = 行全体をひらがなで
cli-value-furigana-output-html = HTML の <ruby> タグでルビを付けて
cli-value-furigana-output-typst = Typst のルビの書き方で
cli-arg-furigana-furigana = html・typst で出力するとき、ルビを付ける語: all（すべて）、none（付けない）、grade:1～grade:6（その学年までに習わない漢字を含む語だけ）

cli-about-pictograms = 計画の pictogram: に書ける絵を一覧にします。言葉を付けると、その言葉に当たる絵を探します。--sheet で印刷用の PDF 一覧を作ります。
cli-arg-pictograms-word = 日本語・英語の言葉、よみ、または名前（家、いえ、house）
cli-arg-pictograms-sheet = 一覧の代わりに、印刷用の PDF（絵・名前・言葉）を作る
cli-arg-pictograms-output = PDF を作るフォルダ
cli-arg-pictograms-monochrome = 白黒の線画で作る

cli-about-init = 書きはじめ用の空の計画ファイルを作ります。項目ごとに、公式様式の欄の名前を説明に書いてあります。ファイルの名前は本人の名前です。
cli-arg-init-name = 本人の名前。ファイルに書き入れ、ファイルの名前にもします（山田 花子 → 山田_花子.yaml）。書かなければ plan.yaml
cli-arg-init-kind = 書類の種類
cli-value-init-kind-plan = サービス等利用計画（本計画）
cli-value-init-kind-plan-draft = サービス等利用計画案（計画案）
cli-value-init-kind-monitoring = モニタリング報告書（同じフォルダに計画ファイルがあれば、その課題を行にします）
cli-arg-init-child = 障害児支援利用計画にします（保護者・通所受給者証番号の欄）
cli-arg-init-output = ファイルを作るフォルダ（指定しないときは今のフォルダ）

## 出力のオプション（render・batch・watch 共通）

cli-arg-format = 出力の形式
cli-value-format-pdf = PDF（印刷・配布用）
cli-value-format-png = ページごとの PNG 画像（仕上がりの確認用）
cli-value-format-svg = ページごとの SVG 画像（仕上がりの確認用）
cli-arg-ppi = PNG 画像の解像度（1 インチあたりのピクセル数）
cli-arg-templates = 手を加えたテンプレートを置いたフォルダ（そこにないファイルは組み込みのものを使います）
cli-arg-variant = 作る書類
cli-value-variant-official = 正式な様式（サービス等利用計画・週間計画表）
cli-value-variant-easy = わかりやすい版
cli-value-variant-all = 正式な様式とわかりやすい版の両方（別々の PDF）
cli-value-variant-meeting = わかりやすい版のあとに正式な様式を続けた 1 つの PDF（サービス担当者会議用）
cli-arg-furigana = 漢字のふりがな: none（付けない）、all（すべてに付ける）、grade:N（小学 N 年生までに習わない漢字だけに付ける）。指定しないときは、正式な様式は none、わかりやすい版は all
cli-arg-wakachi = 文節の間にスペースを入れます（分かち書き）
cli-arg-monochrome = ピクトグラムを白黒の線画にします（白黒で印刷するとき向け）
cli-arg-paper = 用紙の大きさ
cli-value-paper-a4 = A4
cli-value-paper-a3 = A3（全体を √2 倍に拡大します。会議で使うとき向け）
cli-arg-large-print = 文字を大きくします（わかりやすい版の本文は 18 pt、正式な様式は 14 pt。拡大ではなく組み直します）
cli-arg-duplex = 両面印刷用に、それぞれの書類が右ページ（表面）から始まるようにします
cli-arg-pdf-standard = PDF の規格
cli-value-pdf-standard-ua-1-a-2a = PDF/UA-1 と PDF/A-2a（読み上げソフトに対応し、長期保存にも向きます。おすすめ）
cli-value-pdf-standard-ua-1 = PDF/UA-1 のみ
cli-value-pdf-standard-none = 規格を宣言しません（読み上げ用のタグは付けます）
cli-arg-pages = PNG・SVG で出力するページ（例: 1、1-2,4。指定しないときは全ページ）
cli-arg-require-plain = わかりやすい版に、やさしい言い換え（plain）のない正式な文が載るときは書き出さない（その項目をすべて示します）
cli-arg-wareki = 日付と年月を和暦で書きます（令和8年4月1日、令和8年5月。1年目は令和元年）。英語などの見出しでは西暦のままです
cli-arg-document-lang = 書類（公式様式・わかりやすい版）の見出しの言語（ja、en、pt）。計画ファイルの language: より優先します。メッセージの言語は --lang です
cli-arg-render-emit-typst = 生成した Typst のソースと使うファイル（フォントを除く）も、このフォルダに書き出します。書類ごとにフォルダを分けるので、typst コマンドでそのままコンパイルできます

## エラー

cli-error = エラー:
cli-error-tip = ヒント:
cli-error-try-help = くわしい使い方は「{ $command }」で確認できます。
cli-error-unknown-argument = 「{ $arg }」という引数は使えません。
cli-error-unknown-subcommand = 「{ $subcommand }」というサブコマンドはありません。
cli-error-invalid-value = 「{ $value }」は「{ $arg }」に指定できません。
cli-error-value-missing = 「{ $arg }」には値が必要ですが、指定されていません。
cli-error-possible-values = 指定できる値: { $values }
cli-error-value-validation = 「{ $value }」は「{ $arg }」に指定できません。{ $reason }
cli-error-too-many-values = 「{ $arg }」に余分な値「{ $value }」が付いています。
cli-error-too-few-values = 「{ $arg }」には値が { $min } 個以上必要ですが、{ $actual } 個しかありません。
cli-error-wrong-number-of-values = 「{ $arg }」には値が { $expected } 個必要ですが、{ $actual } 個指定されています。
cli-error-no-equals = 「{ $arg }」の値は「=」でつないで指定してください。
cli-error-conflict = 「{ $arg }」と「{ $other }」は一緒に指定できません。
cli-error-conflict-many = 「{ $arg }」は次の引数と一緒に指定できません:
cli-error-conflict-any = 「{ $arg }」は、ほかに指定した引数と一緒には使えません。
cli-error-used-twice = 「{ $arg }」は 1 回だけ指定できます。
cli-error-subcommand-conflict = サブコマンド「{ $subcommand }」は「{ $other }」と一緒に使えません。
cli-error-subcommand-conflict-many = サブコマンド「{ $subcommand }」は次の引数と一緒に使えません:
cli-error-subcommand-conflict-any = サブコマンド「{ $subcommand }」は、ほかに指定した引数と一緒には使えません。
cli-error-missing-required = 次の引数が足りません。指定してください:
cli-error-missing-subcommand = 「{ $command }」のあとにサブコマンドを指定してください。
cli-error-possible-subcommands = 使えるサブコマンド: { $values }
cli-error-invalid-utf8 = 引数に、UTF-8 として読めない文字が含まれています。
cli-error-tip-similar-argument = 「{ $suggestion }」のことではありませんか。
cli-error-tip-similar-subcommand = 「{ $suggestion }」のことではありませんか。
cli-error-tip-similar-value = 「{ $suggestion }」のことではありませんか。
cli-error-tip-subcommand-argument = 「{ $suggestion }」なら使えます。オプションはサブコマンドのあとに書いてください。
cli-error-tip-after-dashes = 「{ $value }」を値として渡すときは「{ $example }」と書いてください。
cli-error-tip-remove-dashes = サブコマンド「{ $subcommand }」を使うときは、前にある「--」を外してください。

## 値を受け付けなかった理由（cli-error-value-validation の後半）

cli-reason-not-integer = 数字（整数）で指定してください。
cli-reason-integer-too-large = 数が大きすぎます。
cli-reason-integer-too-small = 数が小さすぎます。
cli-reason-not-number = 数値（例: 144、0.5）で指定してください。
cli-reason-furigana = all、none、grade:1～grade:6 のどれかを指定してください。
cli-reason-pages-syntax = ページとして読めない部分があります（{ $part }）。1 や 1-2,4 のように指定してください。
cli-reason-pages-backwards = 範囲が逆になっています（{ $part }）。小さい番号を先に書いてください（例: 1-3）。
cli-reason-pages-too-large = ページ番号が大きすぎます（{ $part }）。{ $max } ページまでです。
cli-about-serve = 編集画面を開きます。このパソコンの中だけで動くページで、フォルダの計画をいっしょに書き、読みます。
cli-arg-serve-dir = 計画のフォルダ（省略すると今のフォルダ）
cli-arg-serve-port = ポート番号（省略すると空いている番号）
cli-arg-serve-no-open = ブラウザを開かず、住所だけを表示する
cli-serve-open = ブラウザでこの住所を開いてください（このパソコンの中だけで使えます）。終わるときは Ctrl-C を押します。
cli-about-due = 事業所の計画のフォルダから、その月に することを人ごとに一覧にします。モニタリングの月（過ぎたものも）、支給決定の有効期間の終わりが近い・過ぎた計画。
cli-arg-due-dirs = 計画のフォルダ（計画ファイルでも）
cli-arg-due-month = 月（2026-07）。指定しないときは今月
cli-arg-due-format = 結果の形式
cli-value-due-format-text = 人が読むための文章
cli-value-due-format-json = ほかのプログラムで扱うための JSON
cli-value-due-format-csv = 表計算ソフトで開く CSV
cli-arg-due-ics = モニタリングと有効期間の終わりを、カレンダーのファイル（iCalendar）にも書き出します
cli-about-report = 事業所の計画のフォルダから、協議会に出す地域課題の報告を作ります。グラフ付きの PDF と、同じ数の CSV です。名前や番号は入りません。
cli-arg-report-dirs = 計画のフォルダ（計画ファイルでも）
cli-arg-report-output = report.pdf と report.csv を書き出すフォルダ
cli-arg-report-format = pdf: PDF と CSV を書き出します。json: 数を JSON で表示します
cli-value-report-format-pdf = PDF と CSV のファイル
cli-value-report-format-json = 数を JSON で表示
cli-arg-report-from = 期間の始めの月（2026-04）
cli-arg-report-to = 期間の終わりの月（2027-03）。待っている月数はこの月までで数えます（指定しないときは今月）
cli-arg-report-min-count = この数より少ない人数は伏せます
cli-arg-report-emit-typst = 報告の Typst ソース（main.typ）もこのフォルダに書き出します（typst CLI で組版するため）
