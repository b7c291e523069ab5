# Labels of the official-format documents (MHLW 参考様式). Every kanji
# carries its reading as 青空文庫 ruby (｜計画《けいかく》), printed when the
# official form is asked for with furigana; a counter right after a
# number ({ $months }か月) is read by the counter rules. A test checks both.
title-plan = サービス｜等利用計画《とうりようけいかく》
title-meeting = サービス｜担当者会議《たんとうしゃかいぎ》 ｜資料《しりょう》
title-plan-child = ｜障害児支援利用計画《しょうがいじしえんりようけいかく》
title-draft-mark = 【｜案《あん》】
title-weekly = ｜週間《しゅうかん》｜計画《けいかく》｜表《ひょう》
doc-title = { $title } — { $name }
field-name = ｜利用《りよう》｜者《しゃ》｜氏名《しめい》
field-name-child = ｜児童《じどう》｜氏名《しめい》
field-support-category = ｜障害支援区分《しょうがいしえんくぶん》
field-office = ｜相談《そうだん》｜支援《しえん》｜事業《じぎょう》｜者《しゃ》｜名《めい》
field-welfare-number = ｜障害《しょうがい》｜福祉《ふくし》サービス｜受給者証《じゅきゅうしゃしょう》｜番号《ばんごう》
field-copay-limit = ｜利用者負担上限額《りようしゃふたんじょうげんがく》
field-planner = ｜計画《けいかく》｜作成《さくせい》｜担当《たんとう》｜者《しゃ》
field-community-number = ｜地域《ちいき》｜相談《そうだん》｜支援《しえん》｜受給者証《じゅきゅうしゃしょう》｜番号《ばんごう》
field-day-service-number = ｜通所《つうしょ》｜受給者証《じゅきゅうしゃしょう》｜番号《ばんごう》
field-guardian = ｜保護《ほご》｜者《しゃ》｜氏名《しめい》・｜本人《ほんにん》との｜続柄《つづきがら》
field-created = ｜計画《けいかく》｜作成《さくせい》｜日《び》
field-created-draft = ｜計画案《けいかくあん》｜作成《さくせい》｜日《び》
field-start = ｜計画《けいかく》｜開始《かいし》｜年月《ねんげつ》
field-monitoring = モニタリング｜期間《きかん》（｜開始《かいし》｜年月《ねんげつ》）
field-consent = ｜利用《りよう》｜者《しゃ》｜同意《どうい》｜署名《しょめい》｜欄《らん》
field-birth-date = ｜生年月日《せいねんがっぴ》
monitoring-period = { $months }か月ごと（{ $from }〜）
monitoring-period-months = { $months }か月ごと
consent-signed-person = ｜本人《ほんにん》｜署名《しょめい》｜済《す》み
consent-signed-representative = ｜代理人《だいりにん》｜署名《しょめい》｜済《す》み
guardian-with-relation = { $name }（{ $relation }）
section-wishes = ｜利用《りよう》｜者《しゃ》｜及《およ》びその｜家族《かぞく》の｜生活《せいかつ》に｜対《たい》する｜意向《いこう》（｜希望《きぼう》する｜生活《せいかつ》）
wishes-person = ｜本人《ほんにん》
wishes-family = ｜家族《かぞく》
section-policy = ｜総合的《そうごうてき》な｜援助《えんじょ》の｜方針《ほうしん》
section-long-term-goal = ｜長期目標《ちょうきもくひょう》
section-short-term-goal = ｜短期目標《たんきもくひょう》
section-strengths = ｜本人《ほんにん》の｜強《つよ》み・｜好《す》きなこと
section-supporters = インフォーマルな｜支援《しえん》｜者《しゃ》
col-priority = ｜優先《ゆうせん》｜順位《じゅんい》
col-need = ｜解決《かいけつ》すべき｜課題《かだい》（｜本人《ほんにん》のニーズ）
col-goal = ｜支援《しえん》｜目標《もくひょう》
col-achieve-by = ｜達成時期《たっせいじき》
col-services = ｜福祉《ふくし》サービス｜等《とう》
col-service-kind = ｜種類《しゅるい》・｜内容《ないよう》・｜量《りょう》（｜頻度《ひんど》・｜時間《じかん》）
col-provider = ｜提供《ていきょう》｜事業《じぎょう》｜者《しゃ》｜名《めい》（｜担当《たんとう》｜者《しゃ》｜名《めい》・｜電話《でんわ》）
col-my-role = ｜課題《かだい》｜解決《かいけつ》のための｜本人《ほんにん》の｜役割《やくわり》
col-review-at = ｜評価時期《ひょうかじき》
col-notes = その｜他《た》｜留意《りゅうい》｜事項《じこう》
service-informal = （インフォーマル）
service-unmet = ｜未《み》｜利用《りよう》（{ $reason }）
service-unmet-since = ｜未《み》｜利用《りよう》（{ $reason }、{ $since }から）
unmet-no_provider = ｜事業所《じぎょうしょ》がない
unmet-full = ｜空《あ》きがない
unmet-distance = ｜遠《とお》い・｜送迎《そうげい》がない
unmet-hours = ｜時間《じかん》が｜合《あ》わない
unmet-not_approved = ｜支給《しきゅう》｜決定《けってい》されない
unmet-cost = ｜費用《ひよう》の｜負担《ふたん》
unmet-other = その｜他《た》
day-mon = ｜月《げつ》
day-tue = ｜火《か》
day-wed = ｜水《すい》
day-thu = ｜木《もく》
day-fri = ｜金《きん》
day-sat = ｜土《ど》
day-sun-hol = ｜日《にち》・｜祝《しゅく》
weekly-daily-life = ｜主《おも》な｜日常《にちじょう》｜生活《せいかつ》｜上《じょう》の｜活動《かつどう》
weekly-non-weekly = ｜週《しゅう》｜単位《たんい》｜以外《いがい》のサービス
weekly-whole-picture = サービス｜提供《ていきょう》によって｜実現《じつげん》する｜生活《せいかつ》の｜全体《ぜんたい》｜像《ぞう》
weekly-next-day = ｜翌《よく》{ $time }
weekly-day-before = ｜前日《ぜんじつ》{ $time }
weekly-legend = ｜枠《わく》に｜入《はい》りきらない｜予定《よてい》：
weekly-time = ｜時刻《じこく》
time-range = { $from }〜{ $to }
page-of = { $page } / { $total }
weekly-continued = { $page }ページに｜続《つづ》く
date = { $year }年{ $month }月{ $day }日
month = { $year }年{ $month }月
# 和暦 (render --wareki): the era's name (era-*, with its reading) and
# the year of the era, its first year 元年.
date-wareki = { $era }{ $era_year ->
    [1] ｜元年《がんねん》
   *[other] { $era_year }年
}{ $month }月{ $day }日
month-wareki = { $era }{ $era_year ->
    [1] ｜元年《がんねん》
   *[other] { $era_year }年
}{ $month }月
era-meiji = ｜明治《めいじ》
era-taisho = ｜大正《たいしょう》
era-showa = ｜昭和《しょうわ》
era-heisei = ｜平成《へいせい》
era-reiwa = ｜令和《れいわ》
yen = { $amount }円
support-category = ｜区分《くぶん》{ $level }
not-written = ―
consent-signed-with-date = { $signed }　{ $date }
supporter-with-role = { $name }：{ $role }
title-with-weekly = { $title }　{ $weekly }
slot-with-service = { $label }（{ $service }）
# モニタリング報告書
title-monitoring = モニタリング｜報告《ほうこく》｜書《しょ》（｜継続《けいぞく》サービス｜利用《りよう》｜支援《しえん》）
title-monitoring-child = モニタリング｜報告《ほうこく》｜書《しょ》（｜継続《けいぞく》｜障害《しょうがい》｜児《じ》｜支援《しえん》｜利用《りよう》｜援助《えんじょ》）
title-monitoring-weekly = モニタリング｜時《じ》の｜週間《しゅうかん》｜計画《けいかく》｜表《ひょう》
field-plan-created = ｜計画《けいかく》｜作成《さくせい》｜日《び》
field-monitored-on = モニタリング｜実施《じっし》｜日《び》
field-report-created = ｜作成《さくせい》｜日《び》
section-overall = ｜全体《ぜんたい》の｜状況《じょうきょう》
col-status = サービス｜提供《ていきょう》｜状況《じょうきょう》（｜事業《じぎょう》｜者《しゃ》からの｜聞《き》き｜取《と》り）
col-person-view = ｜本人《ほんにん》の｜感想《かんそう》・｜満足《まんぞく》｜度《ど》
col-achievement = ｜支援《しえん》｜目標《もくひょう》の｜達成《たっせい》｜度《ど》（ニーズの｜充足《じゅうそく》｜度《ど》）
col-next = ｜今後《こんご》の｜課題《かだい》・｜解決《かいけつ》｜方法《ほうほう》
col-change = ｜計画《けいかく》｜変更《へんこう》の｜必要《ひつよう》｜性《せい》
col-change-kind = サービス｜種類《しゅるい》の｜変更《へんこう》
col-change-amount = サービス｜量《りょう》の｜変更《へんこう》
col-change-weekly = ｜週間《しゅうかん》｜計画《けいかく》の｜変更《へんこう》
change-yes = ｜有《う》
change-no = ｜無《む》
progress-not_yet = まだ
progress-little = ｜少《すこ》し
progress-half = ｜半分《はんぶん》ほど
progress-most = ほぼ｜達成《たっせい》
progress-done = ｜達成《たっせい》
