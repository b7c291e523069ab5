## yomeru serve: the API's messages and the page's words (page-*).

serve-syntax = このファイルは書き方に誤りがあり、フォームで開けません。下の行をテキストエディタで直してください。
serve-not-plan = 計画の形（キーと値の集まり）ではありません。
serve-stale = このファイルは、開いた後に別の場所（ほかのタブ、テキストエディタ）で変更されました。上書きせずに止めました。
serve-rewrite = このファイルを保存すると、手で書いたコメントや書き方の一部が保てません。保存してよいか確かめてください（前の内容は履歴に残ります）。
serve-new-yaml = 新しい計画のファイル名は .yaml で終わる名前にしてください。
serve-exists = その名前のファイルはもうあります。別の名前にしてください。
serve-from-not-plan = もとにする計画が読めないか、計画ではありません（モニタリング報告書はもとにできません）。
serve-cannot-render = 計画に誤りがあるため、ページを作れません。誤りを直してください。

page-title-caseload = 担当している人
page-title-editor = 計画をつくる
page-title-reading = いっしょに読む
