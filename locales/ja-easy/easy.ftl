# Labels of the easy-read version (わかりやすい版): plain words, spaces
# between phrases. Every kanji carries its reading as 青空文庫 ruby
# (｜日《ひ》), so yomeru's own words never go through the analyser; a
# counter right after a number ({ $month }月) is read by the counter rules.
# A test checks both. The person is addressed by { $called }.
easy-doc-title = { $name }さんの くらしの けいかく
easy-title = { $called }の くらしの けいかく
easy-draft = まだ きまって いない けいかくです
easy-made-on = つくった ｜日《ひ》： { $date }
easy-made-with = いっしょに つくった ｜人《ひと》： { $planner }さん（{ $office }）
easy-starts = はじまる ｜月《つき》： { $month }
easy-section-strengths = とくいな こと・すきな こと
easy-section-wishes = { $called }の ねがい
easy-wishes-person = { $called }が ｜言《い》った ことば
easy-wishes-family = ｜家族《かぞく》の ねがい
easy-section-goals = めざす こと
easy-long-goal = ながく かけて めざす こと
easy-short-goal = まず めざす こと
easy-section-needs = したい こと・こまって いる ことと ｜手《て》つだい
easy-section-needs-wishes = { $called }の したい ことと ｜手《て》つだい
easy-section-policy = みんなで ｜大事《だいじ》に する こと
easy-section-life = サービスを つかって、こんな くらしに
easy-non-weekly = まいしゅうでは ない こと
easy-whole-picture = めざす くらし
# The つ counter stops at 9 (10つめ is not said): a list of ten or more
# counts all its items with ばんめ, so the counter does not change in it.
easy-need-number = { $total ->
        [1] { $n }つめ
        [2] { $n }つめ
        [3] { $n }つめ
        [4] { $n }つめ
        [5] { $n }つめ
        [6] { $n }つめ
        [7] { $n }つめ
        [8] { $n }つめ
        [9] { $n }つめ
       *[other] { $n }ばんめ
    }
easy-goal = めざす こと
easy-services = つかう サービス
easy-informal-help = てつだって くれる ｜人《ひと》
easy-service-amount = どれくらい： { $amount }
easy-service-provider = どこが： { $provider }
easy-services-wanted = つかいたい サービス
easy-service-unmet = いまは まだ つかえません。{ $why }
easy-service-unmet-since = いまは まだ つかえません。{ $why } { $month }から まって います。
easy-unmet-no_provider = この サービスを して くれる ところが、まだ みつかって いません。
easy-service-amount-wanted = つかえるように なったら： { $amount }
easy-unmet-full = いっぱいで、あきが ありません。
easy-unmet-distance = ｜遠《とお》くて かよえません。
easy-unmet-hours = ｜時間《じかん》が あいません。
easy-unmet-not_approved = つかって いいと まだ きまって いません。
easy-unmet-cost = お｜金《かね》の ことで つかえません。
easy-unmet-other = わけが あって つかえません。
easy-my-role = じぶんで する こと
easy-notes = ほかに ｜大事《だいじ》な こと
easy-achieve-by = いつまでに： { $month }
easy-review-at = いっしょに たしかめる ｜月《つき》： { $month }
easy-section-week = 1しゅうかんの よてい
easy-week-note = ｜絵《え》と ｜時間《じかん》で 1しゅうかんの よていを あらわして います。
easy-band-morning = ｜朝《あさ》
easy-band-day = ｜昼《ひる》
easy-band-evening = ｜夕方《ゆうがた》
easy-band-night = ｜夜《よる》
easy-week-next-day = ここから つぎの ｜日《ひ》
easy-week-continues = ｜夜《よる》からの つづき
easy-week-free = よていは ありません
easy-section-daily = まいにちの くらし
easy-section-people = { $called }を ｜手《て》つだう ｜人《ひと》
easy-people-services = サービスで ｜手《て》つだう ところ
easy-people-informal = まわりで ｜手《て》つだう ｜人《ひと》
easy-section-next = つぎに いっしょに たしかめる とき
easy-monitoring-every = { $months }か月に 1回、いっしょに たしかめます。
easy-monitoring-from = はじめは { $month }です。
easy-monitoring-why = うまく いって いるか、かえたい ところが ないか ｜話《はな》します。
easy-section-consent = この けいかくで いいですか
easy-consent-intro = よく ｜読《よ》んで、1つに ✓を つけて ください。
easy-consent-other-ways = ｜書《か》くのが むずかしい ときは、ことばや ゆびさしでも いいです。もじばんや パソコンでも いいです。
easy-consent-ok = この けいかくで いいです
easy-consent-change = かえたい ところが あります
easy-consent-name = { $called }の ｜名前《なまえ》か、{ $called }の しるし
easy-consent-representative = かわりに ｜書《か》く ｜人《ひと》の ｜名前《なまえ》
easy-consent-date = ｜書《か》いた ｜日《ひ》
easy-consent-ask = わからない ことは、いつでも { $planner }さんに ｜聞《き》いて ください。
easy-consent-ask-office = わからない ことは、いつでも { $office }に ｜聞《き》いて ください。
easy-consent-phone = ｜電話《でんわ》 { $phone }
easy-consent-change-hint = かえたい ところを、｜字《じ》か ｜絵《え》で かいて ください。
easy-consent-not-yet = まだ よく わかりません
easy-consent-not-yet-note = もう いちど いっしょに ｜読《よ》みましょう。
easy-checked-with = いっしょに たしかめた ｜人《ひと》： { $planner }さん（{ $office }）
easy-section-glossary = ことばの せつめい
easy-credit = ピクトグラム：OpenMoji (openmoji.org) CC BY-SA 4.0
easy-page = { $page } / { $total }
easy-date = { $year }年{ $month }月{ $day }日（{ $weekday }）
easy-month = { $year }年{ $month }月
# 和暦 (render --wareki): the era's name comes with its reading from
# locales/ja (era-*).
easy-date-wareki = { $era }{ $era_year ->
    [1] ｜元年《がんねん》
   *[other] { $era_year }年
}{ $month }月{ $day }日（{ $weekday }）
easy-month-wareki = { $era }{ $era_year ->
    [1] ｜元年《がんねん》
   *[other] { $era_year }年
}{ $month }月
easy-weekday-1 = ｜月《げつ》
easy-weekday-2 = ｜火《か》
easy-weekday-3 = ｜水《すい》
easy-weekday-4 = ｜木《もく》
easy-weekday-5 = ｜金《きん》
easy-weekday-6 = ｜土《ど》
easy-weekday-7 = ｜日《にち》
easy-day-mon = ｜月《げつ》
easy-day-tue = ｜火《か》
easy-day-wed = ｜水《すい》
easy-day-thu = ｜木《もく》
easy-day-fri = ｜金《きん》
easy-day-sat = ｜土《ど》
easy-day-sun-hol = ｜日《にち》・｜休《やす》み
easy-time = { $half }{ $hour }時{ $minute ->
    [0] {""}
   *[other] { $minute }分
}
easy-am = ｜午前《ごぜん》
easy-pm = ｜午後《ごご》
easy-noon = ひるの
easy-midnight = よるの
easy-time-from = { $time }から
easy-time-to = { $time }まで
easy-next-day = つぎの ｜日《ひ》の { $time }
easy-photo-alt = { $name }さんの しゃしん
easy-person-san = { $name }さん
# モニタリング（わかりやすい版）
easy-monitoring-doc-title = { $name }さんの モニタリング
easy-monitoring-title = { $months ->
    [0] これまで どうでしたか
   *[other] この { $months }か月 どうでしたか
}
easy-monitoring-for = { $called }の けいかくを いっしょに たしかめました
easy-monitored-on = たしかめた ｜日《ひ》： { $date }
easy-monitoring-overall = ぜんたいの ようす
easy-monitoring-goals = めざして いた こと
easy-monitoring-goals-some = けいかくには めあてが { $total }こ あります。こんかいは、その うち { $count }こを たしかめました（{ $numbers }）。ほかの めあては、けいかくの ままです。
easy-monitoring-goal-number = { $total ->
        [1] { $n }つめの めあて
        [2] { $n }つめの めあて
        [3] { $n }つめの めあて
        [4] { $n }つめの めあて
        [5] { $n }つめの めあて
        [6] { $n }つめの めあて
        [7] { $n }つめの めあて
        [8] { $n }つめの めあて
        [9] { $n }つめの めあて
       *[other] { $n }ばんめの めあて
    }
easy-monitoring-person-view = { $called }の ことば
easy-monitoring-status = サービスの ようす
easy-monitoring-how-far = どこまで できたか
easy-progress-not_yet = まだ これから
easy-progress-little = すこし できた
easy-progress-half = はんぶん くらい できた
easy-progress-most = ほとんど できた
easy-progress-done = できた
easy-progress-scale = 5つの うち { $step }つ
easy-monitoring-next = これから
easy-monitoring-changes = これから かわる こと
easy-monitoring-new-week = これからの 1しゅうかんの よてい
easy-change-kind = つかう サービスの しゅるいが かわります
easy-change-amount = サービスの ｜時間《じかん》や ｜回数《かいすう》が かわります
easy-change-weekly = 1しゅうかんの よていが かわります
easy-change-none = サービスは かわりません
easy-monitoring-no-changes = サービスは いまの まま つづけます
easy-monitoring-consent = この ないようで いいですか
easy-monitoring-consent-ok = この ないようで いいです
easy-monitoring-consent-change = ちがう ところが あります
easy-monitoring-consent-change-hint = ちがう ところを、｜字《じ》か ｜絵《え》で かいて ください。
